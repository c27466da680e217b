using CaiTien.Data;
using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

/// <summary>Gives an account a new printable one-time password, for staff without email. The old password and
/// every open session stop working; the code must be changed at the first sign-in.</summary>
public static class IssueOneTimeCode
{
    public sealed record Result(string? Code, string? Error);

    public static async Task<Result> RunAsync(CaiTienDb db, UserManager<AppUser> users, CurrentUser me, string userId, TimeProvider clock, CancellationToken ct = default)
    {
        var user = await AccountRules.FindManageableAsync(db, me, userId, ct);
        if (user is null) return new(null, "Không tìm thấy tài khoản trong phạm vi quản lý của bạn.");
        if (user.DeactivatedAt is not null) return new(null, "Tài khoản đã ngừng hoạt động; hãy kích hoạt lại trước.");
        return new(await SetAsync(db, users, user, "CodeIssued", clock), null);
    }

    /// <summary>Sets a fresh code on the account (also used by the CLI for the first administrator).</summary>
    internal static async Task<string> SetAsync(CaiTienDb db, UserManager<AppUser> users, AppUser user, string auditAction, TimeProvider clock)
    {
        var code = OneTimeCodes.New();
        user.MustChangePassword = true;
        AccountAudit.Add(db, auditAction, user, clock);
        if (await users.HasPasswordAsync(user)) Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, code));
        await users.ResetAccessFailedCountAsync(user);
        return code;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
