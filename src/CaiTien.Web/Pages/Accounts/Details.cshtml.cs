using CaiTien.Accounts;
using CaiTien.Audit;
using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Accounts;

public sealed class DetailsModel(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, TimeProvider clock) : AppPageModel
{
    public AppUser Account { get; private set; } = null!;
    public string? Unit { get; private set; }
    public string? StaffName { get; private set; }
    public bool Locked { get; private set; }
    public IReadOnlyList<string> RoleChoices { get; private set; } = [];
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Notice { get; private set; }
    public string? Code { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostInviteAsync(string id, CancellationToken ct) => After(id,
        () => InviteAccount.RunAsync(db, users, mailer, Me, id, $"{Request.Scheme}://{Request.Host}", clock, ct), "Đã gửi thư mời đặt mật khẩu.", ct);

    public Task<IActionResult> OnPostCodeAsync(string id, CancellationToken ct) => After(id, async () =>
    {
        var result = await IssueOneTimeCode.RunAsync(db, users, Me, id, clock, ct);
        Code = result.Code;
        return result.Error;
    }, null, ct);

    public Task<IActionResult> OnPostStateAsync(string id, AccountAction action, CancellationToken ct) => After(id,
        () => ChangeAccountState.RunAsync(db, users, Me, id, action, clock, ct), "Đã cập nhật trạng thái tài khoản.", ct);

    public Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken ct) => After(id,
        () => ChangeAccountRole.RunAsync(db, users, Me, id, role, clock, ct), "Đã đổi vai trò.", ct);

    /// <summary>Runs the action only once the user may manage accounts at all. (It used to be started before the
    /// check: a refused request then answered while the action's query still ran on the request's connection.)</summary>
    private async Task<IActionResult> After(string id, Func<Task<string?>> action, string? done, CancellationToken ct)
    {
        if (!AccountRules.ManagesAccounts(Me)) return Forbid();
        var error = await action();
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else Notice = done;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await AccountRules.FindManageableAsync(db, Me, id, ct);
        if (account is null) return false;
        Account = account;
        Unit = await db.Schools.Where(s => s.Id == account.SchoolId).Select(s => s.Name).FirstOrDefaultAsync(ct)
            ?? await db.Districts.Where(d => d.Id == account.DistrictId).Select(d => d.OfficeName).FirstOrDefaultAsync(ct)
            ?? await db.Provinces.Where(p => p.Id == account.ProvinceId).Select(p => "Sở GD&ĐT – " + p.Name).FirstOrDefaultAsync(ct);
        StaffName = await db.Staff.Where(s => s.Id == account.StaffMemberId).Select(s => s.FullName + " – " + s.Position).FirstOrDefaultAsync(ct);
        Locked = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        RoleChoices = account.SchoolId is not null ? AccountRules.GrantableBy(Me).Where(Roles.IsSchoolRole).ToList() : [];
        History = await AccountAudit.OfAccountAsync(db, id, ct);
        return true;
    }
}
