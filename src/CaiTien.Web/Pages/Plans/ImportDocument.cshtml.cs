using CaiTien.Data;
using CaiTien.Documents.Import;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Plans;

/// <summary>Upload last year's Word/Excel plan, check what CaiTien read, correct column mappings or criteria,
/// then save it as a plan of the user's own school.</summary>
public sealed class ImportDocumentModel(CaiTienDb db, CaiTien.Files.FileStorage storage, TimeProvider clock) : AppPageModel
{
    public static readonly (string Key, string Label)[] Fields =
    [
        ("", "— bỏ qua cột —"), ("criterion", "Tiêu chí"), ("weakness", "Điểm yếu"), ("targetResult", "Kết quả cần đạt"), ("resultIndicator", "Chỉ báo kết quả"),
        ("tasks", "Công việc/giải pháp"), ("measures", "Biện pháp"), ("lead", "Chủ trì"), ("coordinators", "Phối hợp"),
        ("timeText", "Thời gian"), ("timeStart", "Bắt đầu"), ("timeEnd", "Kết thúc"), ("budgetText", "Kinh phí"),
        ("fundingSource", "Nguồn kinh phí"), ("support", "Hỗ trợ khác"), ("evidence", "Sản phẩm/minh chứng"), ("notes", "Ghi chú"),
    ];

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? FileName { get; set; }
    [BindProperty] public Dictionary<int, string?> Columns { get; set; } = [];
    [BindProperty] public Dictionary<int, string> Criteria { get; set; } = [];
    [BindProperty] public bool Replace { get; set; }

    public ImportResult? Result { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet() => Me.CanAuthorPlans ? Page() : Forbid();

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (!Me.CanAuthorPlans) return Forbid();
        if (Upload is null || Upload.Length == 0) { Errors = ["Chưa chọn tệp, hoặc tệp rỗng."]; return Page(); }
        FileName = CaiTien.Evidence.SafeFileName.Clean(Path.GetFileName(Upload.FileName)) ?? "tệp";
        await using var stream = Upload.OpenReadStream();
        var (token, error) = await ImportPlanDocument.StageAsync(db, storage, Me.SchoolId!.Value, FileName, stream, Upload.Length, clock, ct);
        if (error is not null) { Errors = [error]; return Page(); }
        Token = token;
        return await ShowPreviewAsync(ImportOverrides.None, ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct) => Me.CanAuthorPlans ? await ShowPreviewAsync(Overrides(), ct) : Forbid();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!Me.CanAuthorPlans || Token is null) return Forbid();
        var saved = await ImportPlanDocument.SaveAsync(db, Me, storage, Token, FileName ?? "tệp", Overrides(), Replace, clock, ct);
        if (saved.PlanId is { } id) return Redirect($"/ke-hoach/{id}");
        Errors = saved.Errors;
        return await ShowPreviewAsync(Overrides(), ct);
    }

    private async Task<IActionResult> ShowPreviewAsync(ImportOverrides overrides, CancellationToken ct)
    {
        if (Token is null) return Page();
        Result = await ImportPlanDocument.PreviewAsync(db, storage, Me.SchoolId!.Value, Token, overrides, FileName ?? "tệp", ct);
        if (Result is null) { Errors = ["Tệp đã tải lên không còn; hãy tải lên lại."]; Token = null; }
        else
        {
            Columns = Result.Columns.ToDictionary(c => c.ColumnIndex, c => c.Field);
            Criteria = Result.Plan is { } plan
                ? Result.ItemSources.Where(s => s.ItemIndex < plan.Items.Count).GroupBy(s => s.SourceRowIndex)
                    .ToDictionary(g => g.Key, g => plan.Items[g.First().ItemIndex].Criterion)
                : [];
        }
        return Page();
    }

    private ImportOverrides Overrides() => new()
    {
        ColumnFields = Columns.ToDictionary(c => c.Key, c => string.IsNullOrEmpty(c.Value) ? null : c.Value),
        RowCriteria = Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim()),
    };
}
