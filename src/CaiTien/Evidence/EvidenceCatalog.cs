using CaiTien.Accounts;
using CaiTien.Data;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Evidence;

/// <summary>The plan's evidence files: listing, one file for download, and the "Danh mục minh chứng" workbook.</summary>
public static class EvidenceCatalog
{
    public sealed record Line(int Id, int RowId, string Criterion, string Title, string? Code, string? DocumentNumber, DateOnly? DocumentDate,
        string? IssuingBody, string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt);

    public static async Task<IReadOnlyList<Line>?> ListAsync(CaiTienDb db, CurrentUser user, int planId, int? rowId = null, CancellationToken ct = default)
    {
        if (!await db.Plans.VisibleTo(user).AnyAsync(p => p.Id == planId, ct)) return null;
        var files = await db.Set<EvidenceFile>().AsNoTracking()
            .Where(f => f.PlanId == planId && (rowId == null || f.PlanRowId == rowId))
            .Join(db.PlanRows, f => f.PlanRowId, r => r.Id, (f, r) => new { f, r.Criterion, r.Position })
            .ToListAsync(ct);
        return files
            .OrderBy(x => x.Position).ThenBy(x => x.f.Code ?? "\uffff", StringComparer.Ordinal).ThenBy(x => x.f.Id)
            .Select(x => new Line(x.f.Id, x.f.PlanRowId, x.Criterion, x.f.Title, x.f.Code, x.f.DocumentNumber, x.f.DocumentDate,
                x.f.IssuingBody, x.f.FileName, x.f.Size, x.f.UploadedBy, x.f.UploadedAt))
            .ToList();
    }

    /// <summary>The file's metadata when the user may see its plan.</summary>
    public static Task<EvidenceFile?> FindAsync(CaiTienDb db, CurrentUser user, int fileId, CancellationToken ct = default) =>
        db.Set<EvidenceFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == fileId && db.Plans.VisibleTo(user).Any(p => p.Id == f.PlanId), ct);

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Danh mục minh chứng: TT, Mã minh chứng, Tên minh chứng, Số/ngày ban hành, Nơi ban hành, Tiêu chí, Tệp.</summary>
    public static void WriteXlsx(IReadOnlyList<Line> lines, Stream output)
    {
        var rows = lines.Select((l, i) => new Dictionary<string, object?>
        {
            ["TT"] = i + 1,
            ["Mã minh chứng"] = l.Code ?? "",
            ["Tên minh chứng"] = l.Title,
            ["Số, ngày ban hành"] = NumberAndDate(l),
            ["Nơi ban hành"] = l.IssuingBody ?? "",
            ["Tiêu chí"] = l.Criterion,
            ["Tệp"] = l.FileName,
        }).ToList();
        output.SaveAs(rows, sheetName: "Danh mục minh chứng", excelType: ExcelType.XLSX);
    }

    private static string NumberAndDate(Line l)
    {
        var date = l.DocumentDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return (l.DocumentNumber, date) switch
        {
            (null, null) => "",
            (null, _) => "Ngày " + date,
            (_, null) => l.DocumentNumber,
            _ => $"{l.DocumentNumber}, ngày {date}",
        };
    }
}
