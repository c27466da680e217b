using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Phrases;

/// <summary>What a time phrase says: months as "YYYY-MM", a recurrence (see <see cref="Recurrences"/>),
/// or an error in Vietnamese when the phrase could not be read.</summary>
public sealed record TimeReading(string? Start, string? End, string? Recurrence, string? Error)
{
    public static readonly TimeReading Empty = new(null, null, null, null);

    /// <summary>True when both months are known and the end comes before the start.</summary>
    public bool EndsBeforeStart => Start is not null && End is not null && string.CompareOrdinal(End, Start) < 0;
}

/// <summary>Reads Vietnamese time phrases of plan tables: "Từ tháng 10/2024 đến tháng 5/2025", "Tháng 9/2024",
/// "Thường xuyên", "Hằng năm", "HK I", "đến hết năm học 2024 – 2025"… Pure function.</summary>
public static partial class TimePhrase
{
    public static TimeReading Parse(string? text, string? schoolYear)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return TimeReading.Empty;
        var year = SchoolYearRange.TryParse(schoolYear);

        if (AfterEachPattern().IsMatch(folded)) return new(null, null, Recurrences.AfterEachActivity, null);

        var recurrence = ContinuousPattern().IsMatch(folded) ? Recurrences.Continuous
            : YearlyPattern().IsMatch(folded) ? Recurrences.Yearly
            : null;

        var months = ReadMonths(folded, year);
        string? start = months.Count > 0 ? months[0] : null;
        string? end = months.Count > 1 ? months[^1] : start;

        var yearEnd = UntilYearEndPattern().Match(folded);
        if (yearEnd.Success)
        {
            end = $"{yearEnd.Groups["y2"].Value}-05";
            if (months.Count == 0) start = null;
        }
        else if (UntilThisYearEndPattern().IsMatch(folded) && year is { } current && start is not null)
            end = $"{current.End}-05";
        else if (UntilCalendarYearEndPattern().Match(folded) is { Success: true } calendar && start is not null)
            end = $"{calendar.Groups["y"].Value}-12";

        if (start is null && end is null && QuarterPattern().Match(folded) is { Success: true } quarter)
        {
            var q = quarter.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            int? qYear = quarter.Groups["y"].Success ? int.Parse(quarter.Groups["y"].Value) : year?.YearOf(q * 3);
            if (qYear is not null) (start, end) = ($"{qYear:D4}-{q * 3 - 2:D2}", $"{qYear:D4}-{q * 3:D2}");
        }

        if (start is null && end is null && year is { } sy)
        {
            // "HK I, HK II" names both semesters: the whole school year.
            var semesters = SemesterPattern().Matches(folded).Select(m => m.Groups["n"].Value is "ii" or "2").Distinct().ToList();
            if (semesters.Count == 1)
                (start, end) = semesters[0] ? ($"{sy.End}-01", $"{sy.End}-05") : ($"{sy.Start}-09", $"{sy.End}-01");
            else if (semesters.Count == 2 || WholeYearPattern().IsMatch(folded))
                (start, end) = ($"{sy.Start}-09", $"{sy.End}-05");
            else if (YearEndPattern().IsMatch(folded))
                (start, end) = ($"{sy.End}-05", $"{sy.End}-05");
        }

        if (recurrence is not null) return new(start, end, recurrence, null);
        if (start is not null || end is not null || yearEnd.Success) return new(start, end, Recurrences.Once, null);
        if (DefinitePeriodPattern().IsMatch(folded) || BareYearPattern().IsMatch(folded))
            return new(null, null, Recurrences.Once, null);
        return new(null, null, null, $"Không đọc được thời gian \"{VietnameseText.CollapseSpaces(text!)}\".");
    }

    private static List<string> ReadMonths(string folded, SchoolYearRange? year)
    {
        var found = new List<(int Month, int? Year)>();
        foreach (Match m in MonthPattern().Matches(folded))
        {
            var month = int.Parse(m.Groups["m"].Value);
            if (month is < 1 or > 12) continue;
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
            found.Add((month, y));
        }
        var result = new List<string>();
        for (var i = 0; i < found.Count; i++)
        {
            var (month, y) = found[i];
            y ??= year?.YearOf(month) ?? found.Skip(i + 1).Concat(found.Take(i)).FirstOrDefault(f => f.Year is not null).Year;
            if (y is null) continue;
            result.Add($"{y:D4}-{month:D2}");
        }
        return result;
    }

    [GeneratedRegex(@"sau (moi|cac|tung) (hoat dong|dot|su kien)")]
    private static partial Regex AfterEachPattern();

    [GeneratedRegex(@"thuong xuyen|xuyen suot|lien tuc|hang (thang|tuan|ngay|ky|quy)|moi (thang|tuan|quy)|dinh ky")]
    private static partial Regex ContinuousPattern();

    [GeneratedRegex(@"hang nam|moi nam")]
    private static partial Regex YearlyPattern();

    [GeneratedRegex(@"(?<![\d/])\d{1,2}\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|thang\s*(?<m>\d{1,2})(?:\s*(?:/|-|nam)\s*(?<y>\d{4}))?|(?<![\d/])(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"den (?:khi )?(?:ket thuc|het|cuoi)(?: nam hoc)? (?:nam hoc )?(?<y1>\d{4})\s*-\s*(?<y2>\d{4})")]
    private static partial Regex UntilYearEndPattern();

    [GeneratedRegex(@"den (?:khi )?(?:ket thuc|het|cuoi) nam hoc(?!\s*\d)")]
    private static partial Regex UntilThisYearEndPattern();

    [GeneratedRegex(@"den (?:het|cuoi) nam (?<y>\d{4})\b")]
    private static partial Regex UntilCalendarYearEndPattern();

    [GeneratedRegex(@"\bquy\s*(?<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|nam)\s*(?<y>\d{4}))?")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\b(?:hk|hoc ky|hoc ki)\s*(?<n>ii|i|1|2)\b")]
    private static partial Regex SemesterPattern();

    /// <summary>"Cuối năm học": the last month of the school year (May), as "đến hết năm học" ends in May.</summary>
    [GeneratedRegex(@"^(?:vao )?cuoi nam hoc$")]
    private static partial Regex YearEndPattern();

    [GeneratedRegex(@"ca nam hoc|suot nam hoc")]
    private static partial Regex WholeYearPattern();

    [GeneratedRegex(@"trong nam hoc|nam hoc|\d{4}\s*-\s*\d{4}|dau nam|cuoi nam|hoc ky|thang")]
    private static partial Regex DefinitePeriodPattern();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex BareYearPattern();
}

/// <summary>A school year "2024-2025": months 9–12 belong to the first year, 1–8 to the second.</summary>
public readonly record struct SchoolYearRange(int Start, int End)
{
    public int YearOf(int month) => month >= 8 ? Start : End;

    public static SchoolYearRange? TryParse(string? schoolYear)
    {
        if (schoolYear is null) return null;
        var m = Regex.Match(schoolYear, @"(\d{4})\s*[-–]\s*(\d{4})");
        return m.Success ? new SchoolYearRange(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : null;
    }
}
