using CaiTien.Data;
using CaiTien.Evidence;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Progress;

/// <summary>Danh mục minh chứng of a plan: the list, its XLSX export and each file's download.</summary>
public sealed class EvidenceModel(CaiTienDb db, CaiTien.Files.IFileStore store) : AppPageModel
{
    public int PlanId { get; private set; }
    public IReadOnlyList<EvidenceCatalog.Line> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var files = await EvidenceCatalog.ListAsync(db, Me, id, null, ct);
        if (files is null) return NotFound();
        PlanId = id;
        Files = files;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken ct)
    {
        var files = await EvidenceCatalog.ListAsync(db, Me, id, null, ct);
        if (files is null) return NotFound();
        var buffer = new MemoryStream();
        EvidenceCatalog.WriteXlsx(files, buffer);
        buffer.Position = 0;
        return File(buffer, EvidenceCatalog.XlsxContentType, $"danh-muc-minh-chung-{id}.xlsx");
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int fileId, CancellationToken ct)
    {
        var file = await EvidenceCatalog.FindAsync(db, Me, fileId, ct);
        if (file is null || file.PlanId != id) return NotFound();
        var content = await store.OpenReadAsync(file.Sha256, ct);
        // Names stored before cleaning existed are cleaned again; the header carries filename* (RFC 5987) for Vietnamese.
        return content is null ? NotFound() : File(content, file.ContentType, CaiTien.Evidence.SafeFileName.Clean(file.FileName) ?? "minh-chung");
    }
}
