using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Time;

/// <summary>Another school year named where the plan's own year belongs: in a row's time, in the title, or next to
/// "kế hoạch cải tiến" (error); an earlier year elsewhere in purposes, rows or duties gives an info. The year of the
/// self-assessment the plan starts from is expected and never flagged.</summary>
public sealed partial class WrongSchoolYearMentionedRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["wrong-school-year"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        var selfAssessmentYear = SchoolYearSpan.Parse(Normalize(context.Plan.SelfAssessment?.Year));
        foreach (var (location, text) in PlanTexts.All(context.Plan))
        {
            if (location.Section is Sections.LegalBases or Sections.Recipients or Sections.SelfAssessment) continue;
            if (location.Field is "criterionTitleAsWritten" or "role" || !PlanTexts.MayHoldYearRange(text)) continue;
            foreach (Match m in NamedSchoolYear().Matches(text))
            {
                var first = int.Parse(m.Groups["a"].Value);
                if (int.Parse(m.Groups["b"].Value) != first + 1 || first == year.FirstYear) continue;
                var before = VietnameseText.Fold(text[Math.Max(0, m.Index - 80)..m.Index]);
                var aboutThisPlan = location.Field is "timeText" || location.Field == "title" || before.Contains("ke hoach cai tien", StringComparison.Ordinal);
                if (!aboutThisPlan && selfAssessmentYear is { } sa && sa.FirstYear == first) continue;
                if (!aboutThisPlan && first > year.FirstYear) continue;
                var severity = aboutThisPlan ? Severities.Error : Severities.Info;
                var what = location.Section == Sections.Items ? $"Tiêu chí {location.Criterion}: " : "";
                yield return new Finding(Names[0], severity, location,
                    $"{what}ghi \"{m.Value.Trim()}\" trong kế hoạch năm học {year.Label}.",
                    aboutThisPlan ? $"Sửa thành năm học {year.Label}." : $"Kiểm tra lại: có phải năm học {year.Label}?");
            }
        }
    }

    private static string? Normalize(string? text) => text is null ? null : Regex.Replace(text, @"\s*[-–—]\s*", "-");

    [GeneratedRegex(@"năm học\s+(?<a>(?:19|20)\d{2})\s*[-–—]\s*(?<b>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex NamedSchoolYear();
}
