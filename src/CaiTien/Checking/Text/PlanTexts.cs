using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Text;

/// <summary>Every piece of free text in a plan with the location a finding about it should point to.</summary>
public static class PlanTexts
{
    /// <summary>Cheap test for "dddd - dddd"-like ranges (any dash with digits on both sides), to skip texts
    /// before running year-range patterns on them.</summary>
    public static bool MayHoldYearRange(string text)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is not ('-' or '–' or '—')) continue;
            var before = i - 1;
            while (before > 0 && text[before] == ' ') before--;
            var after = i + 1;
            while (after < text.Length - 1 && text[after] == ' ') after++;
            if (char.IsDigit(text[before]) && char.IsDigit(text[after])) return true;
        }
        return false;
    }

    public static IEnumerable<(FindingLocation Location, string Text)> All(PlanDocument plan)
    {
        if (!string.IsNullOrWhiteSpace(plan.Title)) yield return (FindingLocation.Header("title"), plan.Title);
        for (var i = 0; i < plan.Purposes?.Count; i++)
            yield return (new FindingLocation(Sections.Purposes, i, null, null), plan.Purposes[i] ?? "");
        for (var i = 0; i < plan.LegalBases?.Count; i++)
            yield return (new FindingLocation(Sections.LegalBases, i, null, "text"), plan.LegalBases[i]?.Text ?? "");
        if (plan.SelfAssessment is { } sa)
        {
            if (!string.IsNullOrWhiteSpace(sa.Year)) yield return (new FindingLocation(Sections.SelfAssessment, null, null, "year"), sa.Year);
            for (var i = 0; i < sa.TextAsWritten?.Count; i++)
                yield return (new FindingLocation(Sections.SelfAssessment, i, null, "textAsWritten"), sa.TextAsWritten[i] ?? "");
        }
        for (var i = 0; i < plan.Items?.Count; i++)
        {
            var item = plan.Items[i];
            if (item is null) continue;
            foreach (var (field, value) in PlanJson.TextFields(item))
                if (!string.IsNullOrWhiteSpace(value))
                    yield return (FindingLocation.ItemField(i, item.Criterion ?? "", field), value);
        }
        for (var i = 0; i < plan.Organization?.Count; i++)
        {
            var role = plan.Organization[i];
            if (!string.IsNullOrWhiteSpace(role.Role)) yield return (new FindingLocation(Sections.Organization, i, null, "role"), role.Role);
            foreach (var duty in role.Duties ?? [])
                if (!string.IsNullOrWhiteSpace(duty)) yield return (new FindingLocation(Sections.Organization, i, null, "duties"), duty);
        }
        for (var i = 0; i < plan.Recipients?.Count; i++)
            yield return (new FindingLocation(Sections.Recipients, i, null, null), plan.Recipients[i] ?? "");
    }
}
