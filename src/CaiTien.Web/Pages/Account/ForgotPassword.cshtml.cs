using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Progress.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Account;

public sealed class ForgotPasswordModel(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, ILogger<ForgotPasswordModel> log) : PageModel
{
    [BindProperty] public string NameOrEmail { get; set; } = "";
    public bool Sent { get; private set; }
    public bool MailOff => !mailer.Enabled;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await ResetPassword.RequestAsync(db, users, mailer, NameOrEmail, $"{Request.Scheme}://{Request.Host}", ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Same answer whether or not a mail went out: the page must not reveal which accounts exist.
            log.LogWarning(ex, "Password reset email failed");
        }
        Sent = true;
        return Page();
    }
}
