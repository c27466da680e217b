using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Account;

public sealed class ChangePasswordModel(CaiTienDb db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : AppPageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    public bool Forced => User.HasClaim(UnitClaims.MustChangePassword, "1");
    public string? Error { get; private set; }
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var forced = Forced; // read before signing in again replaces the principal
        Error = await ChangeOwnPassword.RunAsync(db, users, Me, Current, Password, Confirm, clock);
        if (Error is not null) return Page();
        // The new security stamp ended every session, this one included: sign in again with the new password.
        await signIn.RefreshSignInAsync((await users.FindByIdAsync(Me.UserId))!);
        return forced ? Redirect("/") : RedirectToPage(new { done = true });
    }
}
