using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaiTien.Accounts;

/// <summary><c>caitien admin create-user</c>: the way in on an empty database. Creates an account with a one-time
/// password that must be changed at the first sign-in; run by whoever administers the server, so no unit scope.</summary>
public static class CreateAccountFromCommandLine
{
    public sealed record Result(string? Code, string? Error, string? Role = null);

    private static readonly Dictionary<string, string> RoleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = Roles.SystemAdmin, ["so"] = Roles.ProvinceOfficer, ["province"] = Roles.ProvinceOfficer,
        ["phong"] = Roles.DistrictOfficer, ["unit"] = Roles.DistrictOfficer, ["principal"] = Roles.Principal, ["hieutruong"] = Roles.Principal,
    };

    public static string? RoleFrom(string text) =>
        RoleNames.TryGetValue(text, out var role) ? role : Roles.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase));

    public static async Task<Result> RunAsync(CaiTienDb db, IConfiguration config, string roleText, string userName, string? fullName,
        string? schoolCode, string? districtCode, string? provinceCode, string? email, CancellationToken ct = default)
    {
        if (RoleFrom(roleText) is not { } role)
            return new(null, $"vai trò \"{roleText}\" không có; dùng admin, so, phong, principal hoặc một trong: {string.Join(", ", Roles.All)}.");
        var unit = await UnitAsync(db, role, schoolCode, districtCode, provinceCode, ct);
        if (unit.Error is not null) return new(null, unit.Error);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(config)
            .AddScoped(_ => db);
        services.AddIdentityCore<AppUser>(AccountRules.Configure)
            .AddEntityFrameworkStores<CaiTienDb>()
            .AddPasswordValidator<DemoPasswordValidator>();
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        var create = await CreateAccount.RunAsync(db, users, SystemActor, new CreateAccount.Request(userName, fullName ?? userName, role, unit.Unit!, email), VietnamClock.Instance, ct);
        if (create.Error is not null) return new(null, create.Error);
        var user = (await users.FindByIdAsync(create.UserId!))!;
        return new(await IssueOneTimeCode.SetAsync(db, users, user, "CodeIssued", VietnamClock.Instance), null, role);
    }

    /// <summary>The command line acts with the system administrator's reach.</summary>
    private static readonly CurrentUser SystemActor = new("cli", "Dòng lệnh", Roles.SystemAdmin, null, null, null);

    private static async Task<(AccountUnit? Unit, string? Error)> UnitAsync(CaiTienDb db, string role, string? school, string? district, string? province, CancellationToken ct)
    {
        switch (role)
        {
            case Roles.SystemAdmin:
                return (AccountUnit.None, null);
            case Roles.ProvinceOfficer:
                var p = await db.Provinces.Where(x => x.Code == province).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
                return p is null ? (null, $"cần --province với mã tỉnh có trong cơ sở dữ liệu (\"{province}\" không có).") : (new AccountUnit(null, null, p), null);
            case Roles.DistrictOfficer:
                var d = await db.Districts.Where(x => x.Code == district).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
                return d is null ? (null, $"cần --district với mã cơ quan quản lý có trong cơ sở dữ liệu (\"{district}\" không có).") : (new AccountUnit(null, d, null), null);
            default:
                var s = await db.Schools.Where(x => x.Code == school).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
                return s is null ? (null, $"cần --school với mã trường có trong cơ sở dữ liệu (\"{school}\" không có).") : (new AccountUnit(s, null, null), null);
        }
    }
}
