using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.SelfAssessment;

/// <summary>Counts of criteria met / not met per level: met more than assessed, met + not met ≠ assessed, a stated
/// percentage that is not its fraction, and an assessed total that differs from the framework's count for the level.</summary>
public sealed partial class LevelCountsRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["counts-exceed-total", "counts-do-not-add-up", "percent-mismatch", "level-total-mismatch"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var levels = context.Plan.SelfAssessment?.CriteriaAtLevel;
        if (levels is null) yield break;
        foreach (var (key, count) in levels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (count is null) continue;
            var where = new FindingLocation(Sections.SelfAssessment, null, null, $"criteriaAtLevel.{key}");
            var label = $"Mức {key}";
            if (count.Total <= 0) continue;
            if (count.Met > count.Total)
                yield return new Finding(Names[0], Severities.Error, where,
                    $"{label}: số tiêu chí đạt ({count.Met}) lớn hơn số tiêu chí được đánh giá ({count.Total}).",
                    "Kiểm tra lại số tiêu chí đạt và tổng số tiêu chí.");
            else if (count.NotMet is { } notMet && count.Met + notMet != count.Total)
            {
                var percents = Parse(count.MetPercentText) is { } mp && Parse(count.NotMetPercentText) is { } np
                    ? $"; tỷ lệ {count.MetPercentText} + {count.NotMetPercentText} = {Format(mp.Value + np.Value, Math.Max(mp.Decimals, np.Decimals))}%"
                    : "";
                yield return new Finding(Names[1], Severities.Error, where,
                    $"{label}: {count.Met} đạt + {notMet} không đạt = {count.Met + notMet}, khác tổng số {count.Total} tiêu chí{percents}.",
                    $"Hoặc {count.Total - count.Met} tiêu chí không đạt ({Format(100.0 * (count.Total - count.Met) / count.Total, 2)}%), hoặc {count.Total - notMet} tiêu chí đạt ({Format(100.0 * (count.Total - notMet) / count.Total, 2)}%).");
            }
            foreach (var (text, value, what) in new[] { (count.MetPercentText, count.Met, "đạt"), (count.NotMetPercentText, count.NotMet ?? -1, "không đạt") })
            {
                if (value < 0 || Parse(text) is not { } stated) continue;
                var actual = 100.0 * value / count.Total;
                var tolerance = 0.5 * Math.Pow(10, -stated.Decimals) + 0.01;
                if (Math.Abs(stated.Value - actual) > tolerance)
                    yield return new Finding(Names[2], Severities.Error, where,
                        $"{label}: tỷ lệ {what} ghi {text} nhưng {value}/{count.Total} = {Format(actual, Math.Max(stated.Decimals, 2))}%.",
                        $"Sửa tỷ lệ thành {Format(actual, Math.Max(stated.Decimals, 2))}% hoặc kiểm tra lại số tiêu chí {what}.");
            }
            if (context.Framework is { } framework && int.TryParse(key, out var level) && level <= framework.MaxLevel)
            {
                var expected = framework.Criteria.Count(c => c.HasLevel(level));
                if (expected > 0 && level <= 3 && count.Total != expected)
                    yield return new Finding(Names[3], Severities.Warning, where,
                        $"{label}: tổng số tiêu chí ghi {count.Total}, trong khi Thông tư {framework.Circular} có {expected} tiêu chí ở mức này.",
                        "Kiểm tra lại tổng số tiêu chí được đánh giá.");
            }
        }
    }

    private static (double Value, int Decimals)? Parse(string? text)
    {
        var m = Percent().Match(text ?? "");
        if (!m.Success) return null;
        var digits = m.Groups[1].Value.Replace(',', '.');
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        return (double.Parse(digits, CultureInfo.InvariantCulture), decimals);
    }

    private static string Format(double value, int decimals) =>
        Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*%")]
    private static partial Regex Percent();
}
