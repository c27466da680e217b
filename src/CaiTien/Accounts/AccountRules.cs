using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>Who may manage which accounts: each manager only inside their own unit, and only roles at or below
/// their own level (a principal never grants more than principal).</summary>
public static class AccountRules
{
    public static IReadOnlyList<string> GrantableBy(CurrentUser me) => me switch
    {
        { IsAdmin: true } => Roles.All,
        { IsProvinceOfficer: true } => [Roles.ProvinceOfficer, Roles.DistrictOfficer, .. Roles.SchoolRoles],
        { IsDistrictOfficer: true } => Roles.SchoolRoles,
        { IsPrincipal: true } => Roles.SchoolRoles,
        _ => [],
    };

    public static bool ManagesAccounts(CurrentUser me) => GrantableBy(me).Count > 0;

    /// <summary>Accounts the manager may see and act on: those of the units in their scope.</summary>
    public static IQueryable<AppUser> ManageableBy(this IQueryable<AppUser> users, CaiTienDb db, CurrentUser me)
    {
        var schools = db.Schools.VisibleTo(me).Select(s => s.Id);
        return me switch
        {
            { IsAdmin: true } => users,
            { IsProvinceOfficer: true } => users.Where(u => u.ProvinceId == me.ProvinceId
                || (u.DistrictId != null && db.Districts.Where(d => d.ProvinceId == me.ProvinceId).Select(d => d.Id).Contains(u.DistrictId.Value))
                || (u.SchoolId != null && schools.Contains(u.SchoolId.Value))),
            { IsDistrictOfficer: true } or { IsPrincipal: true } =>
                users.Where(u => u.SchoolId != null && schools.Contains(u.SchoolId.Value) && Roles.SchoolRoles.Contains(u.Role)),
            _ => users.Where(u => false),
        };
    }

    /// <summary>Null when the manager may give <paramref name="role"/> in the unit; otherwise why not (Vietnamese).</summary>
    public static async Task<string?> CheckPlacementAsync(CaiTienDb db, CurrentUser me, string role, AccountUnit unit, CancellationToken ct)
    {
        if (!Roles.All.Contains(role)) return "Vai trò không hợp lệ.";
        if (!GrantableBy(me).Contains(role)) return $"Bạn không được cấp vai trò \"{Roles.DisplayName(role)}\".";
        switch (role)
        {
            case Roles.SystemAdmin:
                return unit == AccountUnit.None ? null : "Tài khoản quản trị hệ thống không thuộc đơn vị nào.";
            case Roles.ProvinceOfficer:
                if (unit.ProvinceId is not { } p || unit.DistrictId is not null || unit.SchoolId is not null) return "Cần chọn Sở GD&ĐT (tỉnh) của tài khoản.";
                if (!await db.Provinces.AnyAsync(x => x.Id == p, ct)) return "Không có tỉnh này.";
                return me.IsAdmin || me.ProvinceId == p ? null : "Tỉnh này ngoài phạm vi quản lý của bạn.";
            case Roles.DistrictOfficer:
                if (unit.DistrictId is not { } d || unit.ProvinceId is not null || unit.SchoolId is not null) return "Cần chọn cơ quan quản lý của tài khoản.";
                return await db.Districts.VisibleTo(me).AnyAsync(x => x.Id == d, ct) ? null : "Cơ quan quản lý này ngoài phạm vi quản lý của bạn.";
            default:
                if (unit.SchoolId is not { } s || unit.ProvinceId is not null || unit.DistrictId is not null) return "Cần chọn trường của tài khoản.";
                return await db.Schools.VisibleTo(me).AnyAsync(x => x.Id == s, ct) ? null : "Trường này ngoài phạm vi quản lý của bạn.";
        }
    }

    /// <summary>The account the manager may act on, or null (unknown, outside their unit, or above their level).</summary>
    public static async Task<AppUser?> FindManageableAsync(CaiTienDb db, CurrentUser me, string userId, CancellationToken ct)
    {
        var user = await db.Users.ManageableBy(db, me).FirstOrDefaultAsync(u => u.Id == userId, ct);
        return user is not null && GrantableBy(me).Contains(user.Role) ? user : null;
    }

    /// <summary>The password rules of every account, shared by the web app and the CLI.</summary>
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 8;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 10;
        o.User.RequireUniqueEmail = false;
    }
}

public sealed record AccountUnit(int? SchoolId, int? DistrictId, int? ProvinceId)
{
    public static readonly AccountUnit None = new(null, null, null);
}
