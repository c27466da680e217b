using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.LegalBases;

/// <summary>A basis that only holds for one school year — the province's timetable (khung kế hoạch thời gian năm
/// học, biên chế năm học) or the year's task guidance (hướng dẫn nhiệm vụ năm học) — cited for another year than the
/// plan's: last year's decision copied over. Last year's improvement plan or results are normal bases and are not
/// looked at.</summary>
public sealed partial class BasisOfOtherYearRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["basis-of-other-year"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        var bases = context.Plan.LegalBases ?? [];
        for (var i = 0; i < bases.Count; i++)
        {
            var text = bases[i]?.Text ?? "";
            var m = YearBound().Match(text);
            if (!m.Success || Summary().IsMatch(text)) continue;
            var first = int.Parse(m.Groups["a"].Value);
            if (first == year.FirstYear || int.Parse(m.Groups["b"].Value) != first + 1) continue;
            var what = m.Groups["what"].Value.Contains("nhiệm vụ", StringComparison.OrdinalIgnoreCase) ? "hướng dẫn nhiệm vụ năm học" : "kế hoạch thời gian năm học";
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.LegalBases, i, null, "text"),
                $"Căn cứ là {what} {first}-{first + 1}, trong khi kế hoạch của năm học {year.Label}: {VietnameseText.Quote(text)}.",
                $"Căn cứ văn bản ban hành cho năm học {year.Label}.");
        }
    }

    [GeneratedRegex(@"(?<what>thời\s+gian\s+năm\s+học|biên\s+chế\s+năm\s+học|nhiệm\s+vụ\s+năm\s+học)\s*:?\s*(?<a>(?:19|20)\d{2})\s*[-–—]\s*(?<b>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex YearBound();

    /// <summary>Reports on a year that has ended cite it on purpose.</summary>
    [GeneratedRegex(@"tổng\s+kết|kết\s+quả|báo\s+cáo", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();
}
