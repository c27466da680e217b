using CaiTien.Catalogs;
using CaiTien.Schools;

namespace CaiTien.Plans;

/// <summary>Legal bases a plan commonly cites, offered while writing: the known documents for the school's level
/// that are still in force in the plan's year, written the way plans cite them.</summary>
public static class LegalBasisLibrary
{
    public static IReadOnlyList<string> For(string schoolLevel, string schoolYear, Framework framework, LegalDocumentCatalog? catalog = null)
    {
        catalog ??= LegalDocumentCatalog.Default;
        var start = SchoolYears.IsValid(schoolYear) ? SchoolYears.StartYear(schoolYear) : 0;
        return catalog.All
            .Where(d => d.AppliesToLevel(schoolLevel) && d.TitleIsReliable)
            .Where(d => d.ObsoleteFromSchoolYear is null || !SchoolYears.IsValid(d.ObsoleteFromSchoolYear) || SchoolYears.StartYear(d.ObsoleteFromSchoolYear) > start)
            .Where(d => d.SupersededBy is null || d.Number == framework.Circular || catalog.Find(d.SupersededBy)?.Date is not { } replaced || replaced.Year > start)
            .OrderBy(d => d.Number == framework.Circular ? 0 : 1).ThenBy(d => d.Date)
            .Select(Cite)
            .ToList();
    }

    public static string Cite(LegalDocument d) =>
        $"{d.Kind} số {d.Number}{(d.Date is { } date ? $" ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}" : "")} của {d.Issuer} {Lower(d.Title)}.";

    private static string Lower(string title) => title.Length > 0 ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
