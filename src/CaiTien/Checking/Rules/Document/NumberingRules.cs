using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Document;

/// <summary>Top-level section numbers as written (I, II, III… or 1, 2, 3…) must run without gaps or repeats.</summary>
public sealed partial class SectionNumberingRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["section-numbering"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var headings = context.Plan.SectionHeadings;
        if (headings is null || headings.Count == 0) yield break;
        var numbered = new List<(int Index, int Number, string Label)>();
        bool? roman = null;
        for (var i = 0; i < headings.Count; i++)
        {
            var m = TopLevel().Match(headings[i] ?? "");
            if (!m.Success) continue;
            var isRoman = m.Groups["roman"].Success;
            roman ??= isRoman;
            if (roman != isRoman) continue;
            var label = isRoman ? m.Groups["roman"].Value : m.Groups["arabic"].Value;
            var number = isRoman ? Roman(label) : int.Parse(label);
            if (number > 0) numbered.Add((i, number, label));
        }
        var expected = 1;
        foreach (var (index, number, label) in numbered)
        {
            var where = new FindingLocation(Sections.Header, index, null, "sectionHeadings");
            if (number > expected)
            {
                var missing = Enumerable.Range(expected, number - expected).Select(n => roman == true ? ToRoman(n) : n.ToString()).ToList();
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Đánh số mục bị nhảy: sau mục {(expected > 1 ? (roman == true ? ToRoman(expected - 1) : (expected - 1).ToString()) : "đầu")} là mục {label}, thiếu mục {string.Join(", ", missing)}.",
                    $"Đánh số lại các mục liên tiếp (mục \"{headings[index]}\" thành {(roman == true ? ToRoman(expected) : expected.ToString())}).");
            }
            else if (number < expected)
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Đánh số mục bị lặp hoặc lùi: mục {label} xuất hiện sau mục {(roman == true ? ToRoman(expected - 1) : (expected - 1).ToString())}.",
                    "Đánh số lại các mục liên tiếp.");
            expected = Math.Max(expected, number + 1);
        }
    }

    internal static int Roman(string text)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var v = values[text[i]];
            total += i + 1 < text.Length && values[text[i + 1]] > v ? -v : v;
        }
        return total;
    }

    internal static string ToRoman(int n)
    {
        var parts = new (int, string)[] { (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var s = "";
        foreach (var (v, r) in parts) while (n >= v) { s += r; n -= v; }
        return s;
    }

    [GeneratedRegex(@"^\s*(?:(?<roman>[IVXLC]+)|(?<arabic>\d{1,2}))\s*[.)]\s*(?!\d)\S")]
    private static partial Regex TopLevel();
}

/// <summary>The table's TT (số thứ tự) numbers as written must run 1, 2, 3… within each part of the table (a new
/// MỨC part may start again at 1); rows of one standard group share a number.</summary>
public sealed class TableNumberingRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["table-numbering"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        int? previous = null;
        int? part = null;
        var started = false;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!int.TryParse(item.RowNumberAsWritten?.Trim().TrimEnd('.'), out var number)) continue;
            if (!started || item.TargetLevel != part) { previous = null; part = item.TargetLevel; started = true; }
            if (number == previous) continue;
            var expected = (previous ?? 0) + 1;
            if (number != expected)
            {
                var partName = item.TargetLevel is { } level ? $" (phần MỨC {level})" : "";
                yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "rowNumberAsWritten"),
                    previous is null
                        ? $"Số thứ tự trong bảng{partName} bắt đầu bằng {number}, không phải 1."
                        : $"Số thứ tự trong bảng{partName} nhảy từ {previous} lên {number}.",
                    $"Đánh số lại: {expected}.");
            }
            previous = number;
        }
    }
}
