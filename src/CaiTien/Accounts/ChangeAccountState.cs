using CaiTien.Data;
using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

public enum AccountAction { Deactivate, Reactivate, Lock, Unlock }

/// <summary>Deactivate/reactivate (accounts are never deleted) and lock/unlock. Deactivating or locking changes the
/// security stamp, so the person's open sessions are refused at their next request.</summary>
public static class ChangeAccountState
{
    public static async Task<string?> RunAsync(CaiTienDb db, UserManager<AppUser> users, CurrentUser me, string userId, AccountAction action, TimeProvider clock, CancellationToken ct = default)
    {
        if (userId == me.UserId) return "Không thể tự khóa hoặc ngừng hoạt động tài khoản của chính mình.";
        var user = await AccountRules.FindManageableAsync(db, me, userId, ct);
        if (user is null) return "Không tìm thấy tài khoản trong phạm vi quản lý của bạn.";
        switch (action)
        {
            case AccountAction.Deactivate:
                if (user.DeactivatedAt is not null) return "Tài khoản đã ngừng hoạt động.";
                user.DeactivatedAt = clock.GetUtcNow();
                AccountAudit.Add(db, "Deactivated", user, clock);
                await users.UpdateSecurityStampAsync(user);
                break;
            case AccountAction.Reactivate:
                if (user.DeactivatedAt is null) return "Tài khoản đang hoạt động.";
                user.DeactivatedAt = null;
                AccountAudit.Add(db, "Reactivated", user, clock);
                await users.UpdateAsync(user);
                break;
            case AccountAction.Lock:
                AccountAudit.Add(db, "Locked", user, clock);
                await users.SetLockoutEnabledAsync(user, true);
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
                await users.UpdateSecurityStampAsync(user);
                break;
            case AccountAction.Unlock:
                AccountAudit.Add(db, "Unlocked", user, clock);
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                break;
        }
        return null;
    }
}
