using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Time;

/// <summary>Results reported as already achieved for the very year the plan is for ("Kết quả đạt được năm học
/// 2024-2025" in the 2024-2025 plan): the plan is written as that year starts, so its results section is about the
/// year before — the heading was not updated from last year's plan, or names the wrong year.</summary>
public sealed partial class ResultsOfPlanYearRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["results-of-plan-year"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        foreach (var part in ProsePart.Of(context.Plan))
        {
            var texts = part.HeadingLocation is { } at ? part.Paragraphs.Prepend((at, part.Heading)) : part.Paragraphs;
            foreach (var (location, text) in texts)
            {
                var folded = VietnameseText.Fold(text);
                var m = AchievedIn().Match(folded);
                if (!m.Success || int.Parse(m.Groups["a"].Value) != year.FirstYear || Intended().IsMatch(folded[Math.Max(0, m.Index - 30)..(m.Index + m.Length)])) continue;
                yield return new Finding(Names[0], Severities.Warning, location,
                    $"Kết quả đã đạt được ghi cho năm học {year.Label}, chính là năm học của kế hoạch: {VietnameseText.Quote(text)}.",
                    $"Kết quả đã đạt là của năm học trước: sửa thành năm học {year.FirstYear - 1}-{year.FirstYear}.");
                break;
            }
        }
    }

    /// <summary>"kết quả (thực hiện …) đạt được / đã đạt … năm học 2024 - 2025", folded.</summary>
    [GeneratedRegex(@"\bket qua(?: \S+){0,12}? (?:dat duoc|da dat|da thuc hien)(?: \S+){0,6}? nam hoc (?<a>(?:19|20)\d{2}) (?<b>(?:19|20)\d{2})\b")]
    private static partial Regex AchievedIn();

    /// <summary>A target ("phấn đấu", "cần đạt", "dự kiến") is for the plan's year on purpose.</summary>
    [GeneratedRegex(@"\b(?:phan dau|can dat|du kien|chi tieu|muc tieu|se)\b")]
    private static partial Regex Intended();
}
