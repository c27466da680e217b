using System.Net;
using CaiTien.Accounts;
using CaiTien.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Accounts;

/// <summary>Every account action × role × own/other unit, as data. Each line acts on a fresh account in the target
/// unit. "allow" means the page answered 200 showing the account or the change took effect; "deny" means a refusal
/// and nothing changed.</summary>
public abstract class AccountMatrixTests(AppFactory app)
{
    // Targets: THDP (school in Huyện Dầu Tiếng, Tỉnh Bình Dương), NBN (school in Quận Bình Thạnh, TP.HCM),
    // DT / BT (officer of the supervising unit Dầu Tiếng / Bình Thạnh), BD / HCM (Sở officer of the province).
    public static readonly TheoryData<string, string, string, bool> Matrix = Build(
    [
        ("anon",                    "list",        "THDP", false),
        ("admin",                   "list",        "NBN",  true),
        ("admin",                   "list",        "HCM",  true),
        ("so.binhduong",            "list",        "THDP", true),
        ("so.binhduong",            "list",        "DT",   true),
        ("so.binhduong",            "list",        "BD",   true),
        ("so.binhduong",            "list",        "NBN",  false),
        ("so.binhduong",            "list",        "BT",   false),
        ("so.binhduong",            "list",        "HCM",  false),
        ("phong.dautieng",          "list",        "THDP", true),
        ("phong.dautieng",          "list",        "NBN",  false),
        ("phong.dautieng",          "list",        "DT",   false),
        ("phong.binhthanh",         "list",        "THDP", false),
        ("hieutruong.dinhphuoc",    "list",        "THDP", true),
        ("hieutruong.dinhphuoc",    "list",        "NBN",  false),
        ("hieutruong.dinhphuoc",    "list",        "DT",   false),
        ("hieutruong.nguyenbangoc", "list",        "THDP", false),
        ("hoidong.dinhphuoc",       "list",        "THDP", false),
        ("giaovien.dinhphuoc",      "list",        "THDP", false),

        ("anon",                    "details",     "THDP", false),
        ("admin",                   "details",     "BT",   true),
        ("so.binhduong",            "details",     "DT",   true),
        ("so.binhduong",            "details",     "BT",   false),
        ("phong.dautieng",          "details",     "THDP", true),
        ("phong.dautieng",          "details",     "NBN",  false),
        ("hieutruong.dinhphuoc",    "details",     "THDP", true),
        ("hieutruong.dinhphuoc",    "details",     "NBN",  false),
        ("giaovien.dinhphuoc",      "details",     "THDP", false),

        ("anon",                    "create",      "THDP", false),
        ("admin",                   "create",      "HCM",  true),
        ("admin",                   "create",      "BT",   true),
        ("admin",                   "create",      "NBN",  true),
        ("so.binhduong",            "create",      "BD",   true),
        ("so.binhduong",            "create",      "DT",   true),
        ("so.binhduong",            "create",      "THDP", true),
        ("so.binhduong",            "create",      "HCM",  false),
        ("so.binhduong",            "create",      "BT",   false),
        ("so.binhduong",            "create",      "NBN",  false),
        ("phong.dautieng",          "create",      "THDP", true),
        ("phong.dautieng",          "create",      "NBN",  false),
        ("phong.dautieng",          "create",      "DT",   false),
        ("phong.dautieng",          "create",      "BD",   false),
        ("phong.binhthanh",         "create",      "THDP", false),
        ("hieutruong.dinhphuoc",    "create",      "THDP", true),
        ("hieutruong.dinhphuoc",    "create",      "NBN",  false),
        ("hieutruong.dinhphuoc",    "create",      "DT",   false),
        ("hieutruong.nguyenbangoc", "create",      "THDP", false),
        ("hoidong.dinhphuoc",       "create",      "THDP", false),
        ("giaovien.dinhphuoc",      "create",      "THDP", false),

        // Nobody grants a role above their own: a principal never makes an administrator or an officer.
        ("admin",                   "create-admin", "-",   true),
        ("so.binhduong",            "create-admin", "-",   false),
        ("phong.dautieng",          "create-admin", "-",   false),
        ("hieutruong.dinhphuoc",    "create-admin", "-",   false),
        ("hieutruong.dinhphuoc",    "create-officer", "DT", false),
        ("hieutruong.dinhphuoc",    "create-province", "BD", false),
        ("phong.dautieng",          "create-province", "BD", false),
        ("so.binhduong",            "create-officer", "DT", true),

        ("admin",                   "code",        "NBN",  true),
        ("so.binhduong",            "code",        "THDP", true),
        ("so.binhduong",            "code",        "NBN",  false),
        ("phong.dautieng",          "code",        "THDP", true),
        ("phong.dautieng",          "code",        "NBN",  false),
        ("phong.binhthanh",         "code",        "THDP", false),
        ("hieutruong.dinhphuoc",    "code",        "THDP", true),
        ("hieutruong.dinhphuoc",    "code",        "NBN",  false),
        ("hieutruong.dinhphuoc",    "code",        "DT",   false),
        ("hoidong.dinhphuoc",       "code",        "THDP", false),
        ("anon",                    "code",        "THDP", false),

        ("admin",                   "deactivate",  "BT",   true),
        ("so.binhduong",            "deactivate",  "DT",   true),
        ("so.binhduong",            "deactivate",  "BT",   false),
        ("phong.dautieng",          "deactivate",  "THDP", true),
        ("phong.dautieng",          "deactivate",  "NBN",  false),
        ("phong.dautieng",          "deactivate",  "DT",   false),
        ("hieutruong.dinhphuoc",    "deactivate",  "THDP", true),
        ("hieutruong.dinhphuoc",    "deactivate",  "NBN",  false),
        ("hieutruong.nguyenbangoc", "deactivate",  "THDP", false),
        ("giaovien.dinhphuoc",      "deactivate",  "THDP", false),
        ("anon",                    "deactivate",  "THDP", false),

        ("admin",                   "lock",        "THDP", true),
        ("so.binhduong",            "lock",        "THDP", true),
        ("so.binhduong",            "lock",        "NBN",  false),
        ("phong.dautieng",          "lock",        "THDP", true),
        ("phong.binhthanh",         "lock",        "THDP", false),
        ("hieutruong.dinhphuoc",    "lock",        "THDP", true),
        ("hieutruong.dinhphuoc",    "lock",        "NBN",  false),
        ("hoidong.dinhphuoc",       "lock",        "THDP", false),

        ("admin",                   "role",        "NBN",  true),
        ("so.binhduong",            "role",        "THDP", true),
        ("phong.dautieng",          "role",        "THDP", true),
        ("phong.dautieng",          "role",        "NBN",  false),
        ("hieutruong.dinhphuoc",    "role",        "THDP", true),
        ("hieutruong.dinhphuoc",    "role",        "NBN",  false),
        ("hieutruong.nguyenbangoc", "role",        "THDP", false),
        ("hoidong.dinhphuoc",       "role",        "THDP", false),
        ("giaovien.dinhphuoc",      "role",        "THDP", false),
    ]);

    private static TheoryData<string, string, string, bool> Build((string, string, string, bool)[] lines)
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (actor, action, target, allow) in lines) data.Add(actor, action, target, allow);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_action_and_unit_decide_account_management(string actor, string action, string target, bool allow)
    {
        var client = app.Browser();
        if (actor != "anon") await client.SignInAsync(actor);
        var token = await client.AntiforgeryTokenAsync(actor == "anon" ? "/dang-nhap" : "/doi-mat-khau");
        var allowed = action switch
        {
            "create" => await CreateAsync(client, token, RoleFor(target), await UnitKeyAsync(target)),
            "create-admin" => await CreateAsync(client, token, Roles.SystemAdmin, ""),
            "create-officer" => await CreateAsync(client, token, Roles.DistrictOfficer, await UnitKeyAsync(target)),
            "create-province" => await CreateAsync(client, token, Roles.ProvinceOfficer, await UnitKeyAsync(target)),
            _ => await OnExistingAsync(client, token, action, target),
        };
        Assert.Equal(allow, allowed);
    }

    private static string RoleFor(string target) => target switch
    {
        "DT" or "BT" => Roles.DistrictOfficer,
        "BD" or "HCM" => Roles.ProvinceOfficer,
        _ => Roles.Staff,
    };

    private Task<string> UnitKeyAsync(string target) => app.WithDb(async db => target switch
    {
        "DT" or "BT" => "d:" + await db.Districts.Where(d => d.Code == target).Select(d => d.Id).SingleAsync(),
        "BD" or "HCM" => "p:" + await db.Provinces.Where(p => p.Code == target).Select(p => p.Id).SingleAsync(),
        _ => "s:" + await db.Schools.Where(s => s.Code == target).Select(s => s.Id).SingleAsync(),
    });

    private async Task<bool> CreateAsync(HttpClient client, string token, string role, string unit)
    {
        var name = "mt." + Guid.NewGuid().ToString("N")[..10];
        var response = await client.PostAsync("/quan-tri/tai-khoan/tao", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name, ["FullName"] = "Người kiểm thử", ["Role"] = role, ["Unit"] = unit, ["Delivery"] = "code",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True((int)response.StatusCode < 500, $"create: {(int)response.StatusCode}");
        return await app.WithDb(db => db.Users.AnyAsync(u => u.UserName == name));
    }

    private async Task<bool> OnExistingAsync(HttpClient client, string token, string action, string target)
    {
        var (id, name) = await NewAccountAsync(target);
        async Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> form)
        {
            form["__RequestVerificationToken"] = token;
            var response = await client.PostAsync($"/quan-tri/tai-khoan/{id}?handler={handler}", new FormUrlEncodedContent(form));
            Assert.True((int)response.StatusCode < 500, $"{action}: {(int)response.StatusCode}");
            return response;
        }
        var before = await app.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        switch (action)
        {
            case "list":
                var list = await client.GetAsync($"/quan-tri/tai-khoan?q={name}");
                // The search box repeats the query, so look for the account's own link in the list.
                return list.StatusCode == HttpStatusCode.OK && (await list.Content.ReadAsStringAsync()).Contains($"href=\"/quan-tri/tai-khoan/{id}\"");
            case "details":
                return (await client.GetAsync($"/quan-tri/tai-khoan/{id}")).StatusCode == HttpStatusCode.OK;
            case "code":
                await Post("Code", []);
                break;
            case "deactivate":
                await Post("State", new() { ["action"] = "Deactivate" });
                break;
            case "lock":
                await Post("State", new() { ["action"] = "Lock" });
                break;
            case "role":
                await Post("Role", new() { ["role"] = Roles.MonitoringMember });
                break;
        }
        var after = await app.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        var changed = action switch
        {
            "code" => after.PasswordHash != before.PasswordHash && after.MustChangePassword,
            "deactivate" => after.DeactivatedAt is not null,
            "lock" => after.LockoutEnd is { } end && end > DateTimeOffset.UtcNow,
            "role" => after.Role == Roles.MonitoringMember,
            _ => throw new ArgumentException(action),
        };
        var audited = await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == AccountAudit.Entity && a.EntityId == id && a.Action != "Created"));
        Assert.Equal(changed, audited);
        return changed;
    }

    private async Task<(string Id, string Name)> NewAccountAsync(string target)
    {
        var name = "mt." + Guid.NewGuid().ToString("N")[..10];
        var unit = UnitChoices.Parse(await UnitKeyAsync(target));
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = name, FullName = "Tài khoản " + name, Role = RoleFor(target),
            SchoolId = unit.SchoolId, DistrictId = unit.DistrictId, ProvinceId = unit.ProvinceId,
        };
        Assert.True((await users.CreateAsync(user, "Matran@2025x")).Succeeded);
        return (user.Id, name);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAccountMatrixTests(SqliteApp app) : AccountMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountMatrixTests(PostgresApp app) : AccountMatrixTests(app);
