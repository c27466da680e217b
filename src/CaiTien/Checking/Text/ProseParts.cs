using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Text;

/// <summary>The letter's prose, part by part, for rules that read paragraphs as written (numbered items, results of
/// last year, wording of another school level). An imported plan has its parts under their headings
/// (<c>sections</c>); a plan written in the app or as JSON has the purposes, bases, self-assessment text and
/// organisation lists instead, read the same way.</summary>
public sealed record ProsePart(string Kind, FindingLocation? HeadingLocation, string Heading, IReadOnlyList<(FindingLocation Location, string Text)> Paragraphs)
{
    public static IReadOnlyList<ProsePart> Of(PlanDocument plan)
    {
        if (plan.Sections is { Count: > 0 } sections)
            return sections.Select((s, i) => new ProsePart(s.Kind, new FindingLocation(Sections.Prose, i, null, "heading"), s.Heading ?? "",
                (s.Paragraphs ?? []).Select((p, n) => (new FindingLocation(Sections.Prose, i, null, $"paragraphs.{n}"), p ?? "")).ToList())).ToList();
        var parts = new List<ProsePart>
        {
            new("purposes", null, "", (plan.Purposes ?? []).Select((p, i) => (new FindingLocation(Sections.Purposes, i, null, null), p ?? "")).ToList()),
            new("legalBases", null, "", (plan.LegalBases ?? []).Select((b, i) => (new FindingLocation(Sections.LegalBases, i, null, "text"), b?.Text ?? "")).ToList()),
            new("selfAssessment", null, "", (plan.SelfAssessment?.TextAsWritten ?? []).Select((t, i) => (new FindingLocation(Sections.SelfAssessment, i, null, "textAsWritten"), t ?? "")).ToList()),
        };
        var roles = plan.Organization ?? [];
        parts.Add(new("organization", null, "", roles.Select((r, i) => (new FindingLocation(Sections.Organization, i, null, "role"), r?.Role ?? "")).ToList()));
        for (var i = 0; i < roles.Count; i++)
            parts.Add(new("organization", null, "", (roles[i]?.Duties ?? []).Select(d => (new FindingLocation(Sections.Organization, i, null, "duties"), d ?? "")).ToList()));
        return parts;
    }
}
