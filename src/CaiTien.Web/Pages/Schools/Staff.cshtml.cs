using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Schools;

/// <summary>The principal's staff list: import from Excel (preview, then confirm) and accounts for staff.</summary>
public sealed class StaffModel(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, TimeProvider clock) : AppPageModel
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public sealed record Person(StaffMember Member, string? UserName, string? UserId);

    public IReadOnlyList<Person> Staff { get; private set; } = [];
    public ImportStaffList.Result? Import { get; private set; }
    /// <summary>The previewed file, carried to the confirm post so nothing is stored before confirmation.</summary>
    public string? PendingFile { get; private set; }
    public string? FileName { get; private set; }
    public IReadOnlyList<CreateStaffAccounts.Outcome> Created { get; private set; } = [];
    public string? Error { get; private set; }
    public string SchoolName { get; private set; } = "";
    public IReadOnlyList<string> RoleChoices => Roles.SchoolRoles.Where(r => r != Roles.Principal).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Me.IsPrincipal) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!Me.IsPrincipal) return Forbid();
        if (upload is null || upload.Length == 0) Error = "Hãy chọn tệp Excel (.xlsx) danh sách cán bộ.";
        else if (upload.Length > MaxFileBytes) Error = "Tệp lớn hơn 2 MB; danh sách cán bộ thường nhỏ hơn nhiều, hãy kiểm tra lại tệp.";
        else
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            Import = await ImportStaffList.RunAsync(db, Me, buffer, confirm: false, clock, ct);
            if (Import.Ok) PendingFile = Convert.ToBase64String(buffer.ToArray());
            FileName = Path.GetFileName(upload.FileName);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? file, CancellationToken ct)
    {
        if (!Me.IsPrincipal) return Forbid();
        byte[] bytes;
        try { bytes = Convert.FromBase64String(file ?? ""); }
        catch (FormatException) { bytes = []; }
        if (bytes.Length is 0 or > (int)MaxFileBytes) Error = "Không còn tệp đã xem trước; hãy tải tệp lên lại.";
        else
        {
            Import = await ImportStaffList.RunAsync(db, Me, new MemoryStream(bytes), confirm: true, clock, ct);
            db.ChangeTracker.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAccountsAsync(int[] staffIds, string role, CancellationToken ct) => CreateAsync(staffIds, role, ct);

    public Task<IActionResult> OnPostAccountAsync(int staffId, CancellationToken ct) => CreateAsync([staffId], Roles.Staff, ct);

    private async Task<IActionResult> CreateAsync(int[] staffIds, string role, CancellationToken ct)
    {
        if (!Me.IsPrincipal) return Forbid();
        if (staffIds.Length == 0) Error = "Hãy chọn ít nhất một cán bộ.";
        else if (!RoleChoices.Contains(role)) Error = "Vai trò không hợp lệ.";
        else Created = await CreateStaffAccounts.RunAsync(db, users, mailer, Me, staffIds, role, $"{Request.Scheme}://{Request.Host}", clock, ct);
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var schoolId = Me.SchoolId!.Value;
        SchoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstAsync(ct);
        var members = await db.Staff.AsNoTracking().Where(s => s.SchoolId == schoolId).OrderBy(s => s.FullName).ToListAsync(ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.SchoolId == schoolId && u.StaffMemberId != null)
            .Select(u => new { u.Id, u.UserName, Staff = u.StaffMemberId!.Value }).ToListAsync(ct);
        Staff = members.Select(m => accounts.FirstOrDefault(a => a.Staff == m.Id) is { } a ? new Person(m, a.UserName, a.Id) : new Person(m, null, null)).ToList();
    }
}
