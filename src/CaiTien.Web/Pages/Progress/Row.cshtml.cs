using CaiTien.Data;
using CaiTien.Evidence;
using CaiTien.Plans;
using CaiTien.Progress;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Progress;

/// <summary>One row of an issued plan: its progress history, a progress report form and its evidence files.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 24 * 1024 * 1024)]
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed class RowModel(CaiTienDb db, CaiTien.Files.FileStorage storage, TimeProvider clock) : AppPageModel
{
    public RowContext Context { get; private set; } = null!;
    public RowProgress? State { get; private set; }
    public IReadOnlyList<ProgressEntry> History { get; private set; } = [];
    public IReadOnlyList<EvidenceCatalog.Line> Files { get; private set; } = [];
    public bool MayReport { get; private set; }
    public string? Message { get; private set; }
    public bool Saved { get; private set; }
    /// <summary>What was typed into a refused form, shown again so nothing is lost.</summary>
    public ProgressInput? Typed { get; private set; }
    public EvidenceInput? Upload { get; private set; }
    public DateOnly Today => Deadlines.Today(clock);

    public async Task<IActionResult> OnGetAsync(int rowId, CancellationToken ct)
    {
        var context = await RowAccess.LoadAsync(db, Me, rowId, ct);
        if (context is null) return NotFound();
        Context = context;
        MayReport = context.MayReport(Me) && context.Plan.Status == PlanStatus.Issued;
        State = await db.RowProgress.AsNoTracking().FirstOrDefaultAsync(p => p.PlanRowId == rowId, ct);
        History = await db.ProgressEntries.AsNoTracking().Where(e => e.PlanRowId == rowId).OrderByDescending(e => e.Id).ToListAsync(ct);
        Files = await EvidenceCatalog.ListAsync(db, Me, context.Plan.Id, rowId, ct) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int rowId, RowStatus status, int percent, string? note, DateOnly? on, CancellationToken ct)
    {
        var error = ModelState.IsValid
            ? await RecordProgress.RunAsync(db, Me, rowId, new ProgressInput(status, percent, note, on), clock, ct)
            : "Tỉ lệ hoặc ngày không đọc được.";
        var page = await Show(rowId, error, ct);
        if (error is not null) Typed = new ProgressInput(status, percent, note, on);
        return page;
    }

    public async Task<IActionResult> OnPostUploadAsync(int rowId, IFormFile? upload, string? title, string? code, string? documentNumber,
        DateOnly? documentDate, string? issuingBody, CancellationToken ct)
    {
        var typed = new EvidenceInput(upload?.FileName ?? "", title, code, documentNumber, documentDate, issuingBody);
        string? error;
        if (upload is null) error = "Chưa chọn tệp.";
        else if (upload.Length > UploadEvidence.MaxBytes) error = "Tệp lớn hơn 20 MB; không nhận.";
        else
        {
            await using var content = upload.OpenReadStream();
            error = (await UploadEvidence.RunAsync(db, storage, Me, rowId, content, typed, clock, ct)).Error;
        }
        var page = await Show(rowId, error, ct);
        if (error is not null) Upload = typed;
        return page;
    }

    private async Task<IActionResult> Show(int rowId, string? error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var page = await OnGetAsync(rowId, ct);
        Message = error;
        Saved = error is null;
        if (error is not null && page is PageResult) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}
