using CaiTien.Data;
using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

/// <summary>Gives an account another role in the same unit, within what the manager may grant.</summary>
public static class ChangeAccountRole
{
    public static async Task<string?> RunAsync(CaiTienDb db, UserManager<AppUser> users, CurrentUser me, string userId, string role, TimeProvider clock, CancellationToken ct = default)
    {
        if (userId == me.UserId) return "Không thể tự đổi vai trò của chính mình.";
        var user = await AccountRules.FindManageableAsync(db, me, userId, ct);
        if (user is null) return "Không tìm thấy tài khoản trong phạm vi quản lý của bạn.";
        if (await AccountRules.CheckPlacementAsync(db, me, role, new AccountUnit(user.SchoolId, user.DistrictId, user.ProvinceId), ct) is { } refused)
            return refused;
        var before = user.Role;
        user.Role = role;
        AccountAudit.Add(db, "RoleChanged", user, clock, new { Before = before });
        await users.UpdateSecurityStampAsync(user);
        return null;
    }
}
