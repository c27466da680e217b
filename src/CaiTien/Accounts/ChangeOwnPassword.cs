using CaiTien.Data;
using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

/// <summary>The signed-in person changes their password (required after a one-time code); other sessions end.</summary>
public static class ChangeOwnPassword
{
    public static async Task<string?> RunAsync(CaiTienDb db, UserManager<AppUser> users, CurrentUser me, string current, string password, string confirm, TimeProvider clock)
    {
        if (password != confirm) return "Hai lần nhập mật khẩu mới không khớp.";
        if (password == current) return "Mật khẩu mới phải khác mật khẩu hiện tại.";
        var user = await users.FindByIdAsync(me.UserId);
        if (user is null) return "Không tìm thấy tài khoản.";
        user.MustChangePassword = false;
        AccountAudit.Add(db, "PasswordChanged", user, clock);
        var result = await users.ChangePasswordAsync(user, current, password);
        if (result.Succeeded) return null;
        db.ChangeTracker.Clear();
        return PasswordErrors.Vietnamese(result);
    }
}
