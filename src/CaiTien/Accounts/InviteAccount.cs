using CaiTien.Data;
using CaiTien.Progress.Reminders;
using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

/// <summary>Emails the person a link to set their own password (an Identity reset token, valid a few days, usable once
/// because setting the password changes the security stamp).</summary>
public static class InviteAccount
{
    public static async Task<string?> RunAsync(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, CurrentUser me, string userId, string siteUrl,
        TimeProvider clock, CancellationToken ct = default)
    {
        var user = await AccountRules.FindManageableAsync(db, me, userId, ct);
        if (user is null) return "Không tìm thấy tài khoản trong phạm vi quản lý của bạn.";
        if (user.DeactivatedAt is not null) return "Tài khoản đã ngừng hoạt động; hãy kích hoạt lại trước.";
        if (string.IsNullOrEmpty(user.Email)) return "Tài khoản chưa có email; hãy cấp mã dùng một lần để in.";
        if (!mailer.Enabled) return "Máy chủ chưa cấu hình gửi email (Smtp:Host); hãy cấp mã dùng một lần để in.";
        var link = await PasswordLinks.SetPasswordLinkAsync(users, user, siteUrl);
        var body = $"Kính gửi {user.FullName},\n\n{me.Name} đã tạo cho Thầy/Cô tài khoản CaiTien \"{user.UserName}\" " +
                   $"({Roles.DisplayName(user.Role)}).\n\nĐặt mật khẩu tại đường dẫn sau (dùng một lần, trong {PasswordLinks.ValidDays} ngày):\n{link}\n\n" +
                   "Thư tự động của CaiTien; không trả lời thư này.";
        try
        {
            await mailer.SendAsync(user.Email, "[CaiTien] Mời đặt mật khẩu tài khoản", body, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return $"Không gửi được thư đến {user.Email}: {ex.Message}";
        }
        AccountAudit.Add(db, "Invited", user, clock, new { user.Email });
        await db.SaveChangesAsync(ct);
        return null;
    }
}

public static class PasswordLinks
{
    public const int ValidDays = 3;
    public const string Path = "/dat-mat-khau";

    public static async Task<string> SetPasswordLinkAsync(UserManager<AppUser> users, AppUser user, string siteUrl)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{siteUrl.TrimEnd('/')}{Path}?u={Uri.EscapeDataString(user.Id)}&t={Uri.EscapeDataString(token)}";
    }
}
