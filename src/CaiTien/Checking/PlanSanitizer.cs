using CaiTien.Documents.Interchange;

namespace CaiTien.Checking;

/// <summary>A plan that did not pass <see cref="PlanJson.Validate"/> may hold null sections, null list entries or
/// null codes. Rules see empty values instead, at the same list indexes, so findings still point to the right
/// place and no rule has to guard against nulls. A plan without nulls is returned as it is.</summary>
internal static class PlanSanitizer
{
    public static PlanDocument Sanitize(PlanDocument plan) => HasNulls(plan) ? Clean(plan) : plan;

    private static bool HasNulls(PlanDocument p) =>
        p.School is null || p.SchoolYear is null || p.Purposes is null || p.LegalBases is null || p.Items is null
        || p.Organization is null || p.Recipients is null
        || p.Purposes.Contains(null!) || p.Recipients.Contains(null!)
        || p.LegalBases.Any(b => b?.Text is null)
        || p.Items.Any(i => i?.Criterion is null)
        || p.Organization.Any(r => r?.Role is null || r.Duties is null || r.Duties.Contains(null!))
        || p.SectionHeadings?.Contains(null!) == true || p.ColumnHeadings?.Contains(null!) == true || p.TargetCriteria?.Contains(null!) == true
        || p.SelfAssessment is { } sa && (sa.WeakCriteria?.Contains(null!) == true || sa.TextAsWritten?.Contains(null!) == true
                                          || sa.CriteriaAtLevel?.Values.Contains(null!) == true);

    private static PlanDocument Clean(PlanDocument p) => p with
    {
        School = p.School ?? new SchoolInfo(),
        SchoolYear = p.SchoolYear ?? "",
        Purposes = Texts(p.Purposes),
        LegalBases = (p.LegalBases ?? []).Select(b => b is null ? new LegalBasis() : b.Text is null ? b with { Text = "" } : b).ToList(),
        Items = (p.Items ?? []).Select(i => i is null ? new PlanItem() : i.Criterion is null ? i with { Criterion = "" } : i).ToList(),
        Organization = (p.Organization ?? []).Select(r => new OrganizationRole { Role = r?.Role ?? "", Duties = Texts(r?.Duties) }).ToList(),
        Recipients = Texts(p.Recipients),
        SectionHeadings = p.SectionHeadings is null ? null : Texts(p.SectionHeadings),
        ColumnHeadings = p.ColumnHeadings is null ? null : Texts(p.ColumnHeadings),
        TargetCriteria = p.TargetCriteria?.Where(c => c is not null).ToList(),
        SelfAssessment = p.SelfAssessment is not { } sa ? null : sa with
        {
            WeakCriteria = sa.WeakCriteria?.Where(c => c is not null).ToList(),
            TextAsWritten = sa.TextAsWritten is null ? null : Texts(sa.TextAsWritten),
            CriteriaAtLevel = sa.CriteriaAtLevel?.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
        },
    };

    private static List<string> Texts(List<string>? list) => (list ?? []).Select(t => t ?? "").ToList();
}
