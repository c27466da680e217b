using System.Text.RegularExpressions;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Suggests "N/KH-ABC": the school's abbreviation and the next number after those its plans already use.</summary>
public static partial class SuggestDocumentNumber
{
    public static async Task<string> ForAsync(CaiTienDb db, int schoolId, CancellationToken ct = default)
    {
        var abbreviation = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Abbreviation).FirstAsync(ct);
        var used = await db.Plans.Where(p => p.SchoolId == schoolId && p.DocumentNumber != null).Select(p => p.DocumentNumber!).ToListAsync(ct);
        var highest = used.Select(n => Leading().Match(n)).Where(m => m.Success).Select(m => int.Parse(m.Value)).DefaultIfEmpty(0).Max();
        return $"{highest + 1}/KH-{abbreviation}";
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Leading();
}
