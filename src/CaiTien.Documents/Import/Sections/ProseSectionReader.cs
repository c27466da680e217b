using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Splits the letter's prose at its section headings; each part starts at its heading and ends at the next,
/// so nothing between two headings is dropped. Criterion codes listed in a targets part (chỉ tiêu phấn đấu) are
/// read for the checker.</summary>
internal static class ProseSectionReader
{
    public static List<PlanSection> Read(IEnumerable<string> paragraphs)
    {
        var sections = new List<PlanSection>();
        foreach (var p in paragraphs.Where(p => p.Length > 0))
        {
            if (SectionHeadings.Classify(p) is { } kind)
                sections.Add(new PlanSection { Heading = p, Kind = SectionHeadings.Name(kind) });
            else if (sections.Count > 0)
                sections[^1].Paragraphs.Add(p);
        }
        return sections;
    }

    /// <summary>Codes of the "Tiêu chí x.y …" lines of the targets part, in the order written; null when the plan has
    /// no such part.</summary>
    public static List<string>? TargetCriteria(IReadOnlyList<PlanSection> sections)
    {
        var targets = sections.Where(s => s.Kind == "targets").ToList();
        if (targets.Count == 0) return null;
        var codes = new List<string>();
        foreach (var line in targets.SelectMany(s => s.Paragraphs).Select(ListItems.StripMarker))
            if (CriterionText.StartsWithCriterionWord(line) && CriterionText.Read(line) is { } c && !codes.Contains(c.Code))
                codes.Add(c.Code);
        return codes.Count > 0 ? codes : null;
    }
}
