using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Time;

/// <summary>Year ranges that cannot be right: a school year ("năm học X-Y") whose years are not consecutive, or any
/// range of a 19xx/20xx year whose second number is smaller ("2017-1018"). Multi-year periods ("giai đoạn
/// 2022 - 2027", "niên khóa 2020-2025") are fine.</summary>
public sealed partial class SchoolYearTypoRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["school-year-typo"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (!string.IsNullOrEmpty(context.Plan.SchoolYear) && context.SchoolYear is null)
            yield return new Finding(Names[0], Severities.Error, FindingLocation.Header("schoolYear"),
                $"Năm học \"{context.Plan.SchoolYear}\" không hợp lệ: năm học gồm hai năm liên tiếp.", "Ghi năm học dạng 2024-2025.");
        foreach (var (location, text) in PlanTexts.All(context.Plan))
        {
            if (!PlanTexts.MayHoldYearRange(text)) continue;
            foreach (Match m in YearRange().Matches(text))
            {
                var a = int.Parse(m.Groups["a"].Value);
                var b = int.Parse(m.Groups["b"].Value);
                var isSchoolYear = m.Groups["label"].Success;
                var broken = b < a || (isSchoolYear && b != a + 1);
                if (!broken) continue;
                var guess = b < a || b > a + 10 ? $"{a}-{a + 1}" : null;
                yield return new Finding(Names[0], Severities.Error, location,
                    $"Khoảng năm \"{m.Value.Trim()}\" không hợp lệ{(isSchoolYear ? ": một năm học gồm hai năm liên tiếp" : "")}.",
                    guess is null ? "Kiểm tra lại hai năm của năm học." : $"Có thể ý là {guess}.");
            }
        }
    }

    [GeneratedRegex(@"(?<label>năm học\s+)?(?<!\d)(?<a>(?:19|20)\d{2})\s*[-–—]\s*(?<b>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();
}
