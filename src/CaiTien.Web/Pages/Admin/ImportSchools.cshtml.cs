using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Admin;

/// <summary>Import the province's school list: upload → preview with per-row errors → "Xác nhận nhập". The file
/// travels back with the confirmation and is read and checked again, so nothing is kept between the two steps.</summary>
public sealed class ImportSchoolsModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public const int MaxBytes = 3 * 1024 * 1024;

    [BindProperty(Name = "File")] public IFormFile? Upload { get; set; }
    public ImportSchoolList.Preview? Preview { get; private set; }
    public string? FileName { get; private set; }
    public string? Encoded { get; private set; }
    public string? Message { get; private set; }
    public bool Imported { get; private set; }

    public IActionResult OnGet() => Me.IsAdmin || Me.IsProvinceOfficer ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Me.IsAdmin && !Me.IsProvinceOfficer) return Forbid();
        if (Upload is null || Upload.Length == 0) return Refuse("Hãy chọn tệp danh sách trường (.xlsx hoặc .csv).");
        if (Upload.Length > MaxBytes) return Refuse("Tệp lớn quá 3 MB; hãy chia danh sách thành nhiều tệp.");
        if (!IsSupported(Upload.FileName)) return Refuse("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).");
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(Upload.FileName);
        Encoded = Convert.ToBase64String(buffer.ToArray());
        buffer.Position = 0;
        Preview = await ImportSchoolList.PreviewAsync(db, Me, buffer, FileName, ct);
        if (!Preview.Ok) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? fileName, string? content, CancellationToken ct)
    {
        if (!Me.IsAdmin && !Me.IsProvinceOfficer) return Forbid();
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            return Refuse("Dữ liệu xác nhận không hợp lệ; hãy chọn lại tệp.");
        }
        if (bytes.Length == 0 || bytes.Length > MaxBytes || fileName is null || !IsSupported(fileName)) return Refuse("Hãy chọn lại tệp danh sách trường.");
        using var stream = new MemoryStream(bytes);
        Preview = await ImportSchoolList.ConfirmAsync(db, Me, stream, fileName, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        Imported = Preview.Ok;
        if (!Imported)
        {
            (FileName, Encoded) = (fileName, content);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }

    private static bool IsSupported(string name) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private PageResult Refuse(string message)
    {
        Message = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
