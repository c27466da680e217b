using System.Globalization;
using System.Text.RegularExpressions;

namespace CaiTien.Checking.Text;

/// <summary>A document number found in a text ("17/2018/TT-BGDĐT"), where it is, and the date written after it.</summary>
public sealed record Citation(string Number, int Index, int Length, DateOnly? Date, string? DateText);

/// <summary>Finds document numbers (số và ký hiệu) and their dates ("ngày 22 tháng 8 năm 2018", "ngày 27/5/2020").</summary>
public static partial class Citations
{
    public static IReadOnlyList<Citation> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var matches = NumberPattern().Matches(text);
        var result = new List<Citation>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var tailEnd = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var tail = text[(m.Index + m.Length)..tailEnd];
            var (date, dateText) = FirstDate(tail);
            result.Add(new Citation(Compact(m.Value), m.Index, m.Length, date, dateText));
        }
        return result;
    }

    /// <summary>The first "ngày d/m/yyyy" or "ngày d tháng m năm yyyy" in a text, within its first 60 characters.</summary>
    public static (DateOnly? Date, string? Text) FirstDate(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success || m.Index > 60) return (null, null);
        return (ToDate(m), m.Value.Trim());
    }

    public static IEnumerable<(DateOnly Date, Match Match)> AllDates(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in AnyDatePattern().Matches(text))
            if (ToDate(m) is { } d) yield return (d, m);
    }

    private static DateOnly? ToDate(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    public static bool DoubledDateWord(string? dateText) => dateText is not null && DoubledNgay().IsMatch(dateText);

    private static string Compact(string number) => WhitespaceAroundDash().Replace(number, "-");

    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,5}[a-z]?\s*/\s*(?:\d{4}\s*/\s*)?\p{Lu}[\p{Lu}\d&]*(?:\s?-\s?\p{Lu}[\p{Lu}\d&]*)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s+(?:ngày\s+)?(?<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*(?:/|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyDatePattern();

    [GeneratedRegex(@"^ngày\s+ngày\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledNgay();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex WhitespaceAroundDash();
}
