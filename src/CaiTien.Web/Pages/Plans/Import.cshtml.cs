using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Plans;

/// <summary>Upload a caitien.plan/1 file as a plan of the user's own school.</summary>
public sealed class ImportModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public const long MaxJsonBytes = 2 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool Replace { get; set; }
    public IReadOnlyList<PlanReadError> Errors { get; private set; } = [];
    public string? FileName { get; private set; }

    public IActionResult OnGet() => Me.CanAuthorPlans ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Me.CanAuthorPlans) return Forbid();
        FileName = Upload?.FileName;
        if (Upload is null || Upload.Length == 0)
            return Fail("Chưa chọn tệp, hoặc tệp rỗng.");
        if (!Upload.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return Fail($"Tệp \"{Upload.FileName}\" không phải tệp JSON (.json). Tệp Word/Excel hãy dùng chức năng nhập Word/Excel.");
        if (Upload.Length > MaxJsonBytes)
            return Fail($"Tệp \"{Upload.FileName}\" lớn {Upload.Length / 1024:N0} KB, vượt giới hạn 2 MB.");
        PlanReadResult read;
        await using (var stream = Upload.OpenReadStream()) read = PlanJson.Read(stream);
        if (!read.Ok) { Errors = read.Errors; return Page(); }
        var result = await ImportPlan.RunAsync(db, Me.SchoolId!.Value, read.Plan!, Replace, clock, ct: ct);
        if (!result.Ok) { Errors = result.Errors; return Page(); }
        return Redirect($"/ke-hoach/{result.PlanId}");
    }

    private PageResult Fail(string message)
    {
        Errors = [new PlanReadError("$", message)];
        return Page();
    }
}
