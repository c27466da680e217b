using System.Text.RegularExpressions;

namespace CaiTien.Schools;

/// <summary>School years are written "2024-2025"; the default calendar runs September to May.</summary>
public static partial class SchoolYears
{
    public static bool IsValid(string? year) =>
        year is not null && Pattern().IsMatch(year) && int.Parse(year[5..]) == int.Parse(year[..4]) + 1;

    public static int StartYear(string year) => int.Parse(year[..4]);

    public static string Next(string year) => $"{StartYear(year) + 1}-{StartYear(year) + 2}";

    public static string Containing(DateOnly date) =>
        date.Month >= 8 ? $"{date.Year}-{date.Year + 1}" : $"{date.Year - 1}-{date.Year}";

    /// <summary>First and last month of the teaching year (defaults Sept–May), as YYYY-MM.</summary>
    public static (string First, string Last) TeachingMonths(string year) =>
        ($"{StartYear(year)}-09", $"{StartYear(year) + 1}-05");

    /// <summary>The accreditation regime in force by default for a school year.</summary>
    public static string DefaultRegime(string year) => StartYear(year) >= 2026 ? "2026" : "2018";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{4}$")]
    private static partial Regex Pattern();
}
