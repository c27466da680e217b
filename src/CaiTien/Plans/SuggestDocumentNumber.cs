using System.Text.RegularExpressions;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Suggests "N/KH-ABC": the school's abbreviation and the next number after those its plans already use.</summary>
public static partial class SuggestDocumentNumber
{
    /// <summary>Numbers above this are typing mistakes ("99999999999/KH-NBN"), not a sequence to continue.</summary>
    public const int Largest = 99_999;

    public static async Task<string> ForAsync(CaiTienDb db, int schoolId, CancellationToken ct = default)
    {
        var abbreviation = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Abbreviation).FirstAsync(ct);
        var used = await db.Plans.Where(p => p.SchoolId == schoolId && p.DocumentNumber != null).Select(p => p.DocumentNumber!).ToListAsync(ct);
        var highest = used.Select(n => Leading().Match(n)).Where(m => m.Success)
            .Select(m => int.TryParse(m.Value, out var number) && number <= Largest ? number : 0).DefaultIfEmpty(0).Max();
        return $"{highest + 1}/KH-{abbreviation}";
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Leading();
}
