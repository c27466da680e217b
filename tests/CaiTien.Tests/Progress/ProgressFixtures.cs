using System.Net;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Progress;

// Own app instances: these tests issue the demo plan of Định Phước, which other test classes read as a draft.
[CollectionDefinition(Name)]
public sealed class ProgressSqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "progress sqlite app";
}

[CollectionDefinition(Name)]
public sealed class ProgressPostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "progress postgres app";
}

[CollectionDefinition(Name)]
public sealed class ProgressBrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "progress browser";
}

/// <summary>A clock standing still at a chosen local day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

public static class ProgressSetup
{
    /// <summary>The demo plan of Định Phước (THĐP), issued once per app.</summary>
    public static async Task<int> IssuedDinhPhuocPlanAsync(this AppFactory app)
    {
        return await app.WithDb(async db =>
        {
            var plan = await db.Plans.Include(p => p.School).FirstAsync(p => p.School!.Code == "THDP" && p.SchoolYear == "2024-2025");
            if (plan.Status == PlanStatus.Draft)
            {
                var principal = await db.Users.FirstAsync(u => u.UserName == "hieutruong.dinhphuoc");
                var user = new CurrentUser(principal.Id, principal.FullName, principal.Role, principal.SchoolId, null, null);
                Assert.Null(await IssuePlan.RunAsync(db, user, plan.Id, TimeProvider.System));
            }
            return plan.Id;
        });
    }

    public static Task<int> RowIdAsync(this AppFactory app, int planId, string criterion) =>
        app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId && r.Criterion == criterion).Select(r => r.Id).FirstAsync());

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string handler, IDictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync(page);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<HttpClient> SignedInAsync(this AppFactory app, string userName)
    {
        var client = app.Browser();
        await client.SignInAsync(userName);
        return client;
    }

    public static async Task<CurrentUser> UserAsync(this CaiTienDb db, string userName)
    {
        var u = await db.Users.AsNoTracking().FirstAsync(x => x.UserName == userName);
        return new CurrentUser(u.Id, u.FullName, u.Role, u.SchoolId, u.DistrictId, u.ProvinceId);
    }
}
