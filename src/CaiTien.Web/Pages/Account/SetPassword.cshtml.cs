using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Account;

/// <summary>Where invitation and forgotten-password links lead: choose a password, then sign in with it.</summary>
public sealed class SetPasswordModel(CaiTienDb db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")] public string UserId { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "t")] public string Token { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    public string? UserName { get; private set; }
    public string? Error { get; private set; }
    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        // The account name is shown only to whoever holds a valid link.
        if (user is null || user.DeactivatedAt is not null || string.IsNullOrEmpty(Token)
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, Token))
            Error = "Đường dẫn không hợp lệ, đã dùng hoặc đã hết hạn. Hãy yêu cầu đường dẫn mới tại trang Quên mật khẩu.";
        else UserName = user.UserName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        UserName = (await users.FindByIdAsync(UserId))?.UserName;
        Error = await ResetPassword.CompleteAsync(db, users, UserId, Token, Password, Confirm, clock);
        Done = Error is null;
        return Page();
    }
}
