using CaiTien.Data;
using CaiTien.Progress.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>Forgotten password and setting the password from an invitation: the link is mailed to the address on the
/// account; whoever follows it sets a new password, which also ends every open session.</summary>
public static class ResetPassword
{
    /// <summary>Sends the link when an active account with an email matches; says nothing either way, so the form
    /// cannot be used to find out who has an account.</summary>
    public static async Task RequestAsync(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, string nameOrEmail, string siteUrl, CancellationToken ct = default)
    {
        var key = nameOrEmail.Trim();
        if (key.Length is 0 or > 200 || !mailer.Enabled) return;
        var normalized = users.NormalizeName(key);
        var matches = await db.Users.Where(u => u.DeactivatedAt == null && u.Email != null && (u.NormalizedUserName == normalized || u.NormalizedEmail == normalized))
            .Take(5).ToListAsync(ct);
        foreach (var user in matches)
        {
            var link = await PasswordLinks.SetPasswordLinkAsync(users, user, siteUrl);
            await mailer.SendAsync(user.Email!, "[CaiTien] Đặt lại mật khẩu",
                $"Kính gửi {user.FullName},\n\nCó yêu cầu đặt lại mật khẩu tài khoản CaiTien \"{user.UserName}\". Đặt mật khẩu mới tại:\n{link}\n\n" +
                $"Đường dẫn dùng một lần, trong {PasswordLinks.ValidDays} ngày. Nếu không phải Thầy/Cô yêu cầu, hãy bỏ qua thư này.", ct);
        }
    }

    public static async Task<string?> CompleteAsync(CaiTienDb db, UserManager<AppUser> users, string userId, string token, string password, string confirm, TimeProvider clock)
    {
        if (password != confirm) return "Hai lần nhập mật khẩu không khớp.";
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.DeactivatedAt is not null) return "Đường dẫn không hợp lệ hoặc đã hết hạn.";
        user.MustChangePassword = false;
        user.EmailConfirmed = true;
        AccountAudit.Add(db, "PasswordSet", user, clock);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded) return null;
        db.ChangeTracker.Clear();
        return result.Errors.Any(e => e.Code == "InvalidToken")
            ? "Đường dẫn không hợp lệ, đã dùng hoặc đã hết hạn. Hãy yêu cầu đường dẫn mới."
            : PasswordErrors.Vietnamese(result);
    }
}

public static class PasswordErrors
{
    public static string Vietnamese(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Code switch
    {
        "PasswordTooShort" => "Mật khẩu cần ít nhất 8 ký tự.",
        "PasswordRequiresDigit" => "Mật khẩu cần có chữ số.",
        "PasswordRequiresLower" => "Mật khẩu cần có chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu cần có chữ hoa.",
        "PasswordMismatch" => "Mật khẩu hiện tại không đúng.",
        _ => e.Description,
    }).Distinct());
}
