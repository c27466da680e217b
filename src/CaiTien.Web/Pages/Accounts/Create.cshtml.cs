using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Accounts;

public sealed class CreateModel(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, TimeProvider clock) : AppPageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string FullName { get; set; } = "";
    [BindProperty] public string Role { get; set; } = "";
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? Email { get; set; }
    /// <summary>"invite" (email link) or "code" (printed one-time code).</summary>
    [BindProperty] public string Delivery { get; set; } = "invite";
    public IReadOnlyList<string> RoleChoices { get; private set; } = [];
    public IReadOnlyList<UnitChoices.Choice> Units { get; private set; } = [];
    public string? Error { get; private set; }
    public string? CreatedId { get; private set; }
    public string? Code { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccountRules.ManagesAccounts(Me)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!AccountRules.ManagesAccounts(Me)) return Forbid();
        await LoadAsync(ct);
        var unit = Role == Roles.SystemAdmin ? AccountUnit.None : UnitChoices.Parse(Unit);
        var created = await CreateAccount.RunAsync(db, users, Me, new CreateAccount.Request(UserName, FullName, Role, unit, Email), clock, ct);
        if (created.Error is not null)
        {
            Error = created.Error;
            return Page();
        }
        CreatedId = created.UserId;
        if (Delivery == "invite" && !string.IsNullOrWhiteSpace(Email))
        {
            var error = await InviteAccount.RunAsync(db, users, mailer, Me, created.UserId!, $"{Request.Scheme}://{Request.Host}", clock, ct);
            Notice = error is null ? $"Đã gửi thư mời đặt mật khẩu đến {Email.Trim()}." : error;
            if (error is null) return Page();
        }
        var code = await IssueOneTimeCode.RunAsync(db, users, Me, created.UserId!, clock, ct);
        Code = code.Code;
        Error = code.Error;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        RoleChoices = AccountRules.GrantableBy(Me);
        Units = await UnitChoices.ForAsync(db, Me, ct);
    }
}
