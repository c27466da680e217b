using System.Net;
using System.Net.Http.Headers;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Accounts;

/// <summary>The session cookie is only as good as the account behind it: deactivating, locking or signing out refuses
/// it at the very next request; and demo credentials stop working once the app runs without --demo.</summary>
public abstract class SessionSecurityTests(AppFactory app)
{
    private async Task<string> NewStaffAsync(string school = "THDP")
    {
        var name = "phien." + Guid.NewGuid().ToString("N")[..8];
        await app.WithDb(async db =>
        {
            var schoolId = await db.Schools.Where(s => s.Code == school).Select(s => s.Id).SingleAsync();
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser { UserName = name, FullName = "Giáo viên phiên", Role = Roles.Staff, SchoolId = schoolId }, "Phien@2025x");
            Assert.True(result.Succeeded);
            return 0;
        });
        return name;
    }

    private static async Task<HttpStatusCode> HomeAsync(HttpClient client) => (await client.GetAsync("/truong")).StatusCode;

    /// <summary>Signs in and returns the auth cookie the sign-in set (later requests leave an unchanged cookie as it is).</summary>
    private static async Task<string> SignInForCookieAsync(HttpClient client, string name, string password)
    {
        var token = await client.AntiforgeryTokenAsync("/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith("caitien.auth=")) : null;
        Assert.NotNull(set);
        return set!.Split(';')[0];
    }

    [Fact]
    public async Task A_deactivated_accounts_cookie_is_refused_at_the_next_request()
    {
        var name = await NewStaffAsync();
        var teacher = app.Browser();
        await teacher.SignInAsync(name, "Phien@2025x");
        Assert.Equal(HttpStatusCode.OK, await HomeAsync(teacher));

        var principal = app.Browser();
        await principal.SignInAsync("hieutruong.dinhphuoc");
        var id = await app.WithDb(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var token = await principal.AntiforgeryTokenAsync($"/quan-tri/tai-khoan/{id}");
        var response = await principal.PostAsync($"/quan-tri/tai-khoan/{id}?handler=State", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "Deactivate", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var refused = await teacher.GetAsync("/truong");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/dang-nhap", refused.Headers.Location!.ToString());
        // Nor can the person sign in again, with the right password.
        var again = app.Browser();
        var form = await again.AntiforgeryTokenAsync("/dang-nhap");
        var login = await again.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name, ["Password"] = "Phien@2025x", ["__RequestVerificationToken"] = form,
        }));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("không đúng", await login.Content.ReadAsStringAsync());
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == AccountAudit.Entity && a.EntityId == id && a.Action == "Deactivated")));
    }

    [Fact]
    public async Task A_locked_accounts_cookie_is_refused_and_unlocking_lets_the_person_back()
    {
        var name = await NewStaffAsync();
        var teacher = app.Browser();
        await teacher.SignInAsync(name, "Phien@2025x");
        var id = await app.WithDb(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var me = new CurrentUser("p", "Hiệu trưởng", Roles.Principal, await app.WithDb(db => db.Schools.Where(s => s.Code == "THDP").Select(s => (int?)s.Id).SingleAsync()), null, null);
        Assert.Null(await WithUsers((db, users) => ChangeAccountState.RunAsync(db, users, me, id, AccountAction.Lock, TimeProvider.System)));
        Assert.Equal(HttpStatusCode.Redirect, await HomeAsync(teacher));
        Assert.Null(await WithUsers((db, users) => ChangeAccountState.RunAsync(db, users, me, id, AccountAction.Unlock, TimeProvider.System)));
        var back = app.Browser();
        await back.SignInAsync(name, "Phien@2025x");
        Assert.Equal(HttpStatusCode.OK, await HomeAsync(back));
    }

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_is_refused()
    {
        var name = await NewStaffAsync();
        var teacher = app.Browser();
        var cookie = await SignInForCookieAsync(teacher, name, "Phien@2025x");
        var thief = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, await HomeAsync(thief));

        var token = await teacher.AntiforgeryTokenAsync("/truong");
        var signOut = await teacher.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await HomeAsync(thief));
    }

    [Fact]
    public async Task A_request_sent_before_a_password_change_does_not_sign_the_person_out()
    {
        var name = await NewStaffAsync();
        var teacher = app.Browser();
        var before = await SignInForCookieAsync(teacher, name, "Phien@2025x");
        var token = await teacher.AntiforgeryTokenAsync("/doi-mat-khau");
        var changed = await teacher.PostAsync("/doi-mat-khau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = "Phien@2025x", ["Password"] = "Phien@2026y", ["Confirm"] = "Phien@2026y", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // The page's badge request, sent with the cookie from before the change, arrives late: refused, and its
        // answer must not delete the cookie the browser now holds.
        var late = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        late.DefaultRequestHeaders.Add("Cookie", before);
        var answer = await late.GetAsync("/truong");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var cookies = answer.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("caitien.auth="));
        Assert.Equal(HttpStatusCode.OK, await HomeAsync(teacher));
    }

    [Fact]
    public async Task A_change_to_the_account_behind_the_cookie_applies_at_the_next_request_even_without_a_new_stamp()
    {
        var name = await NewStaffAsync();
        var teacher = app.Browser();
        await teacher.SignInAsync(name, "Phien@2025x");
        var own = await app.WithDb(db => db.Schools.Where(s => s.Code == "THDP").Select(s => s.Name).SingleAsync());
        Assert.Contains(own, await teacher.GetStringAsync("/truong"));

        // Moved to another school by a direct change that leaves the security stamp as it was: the cheap per-request
        // check sees the cookie's school no longer matches and rebuilds the session from the account.
        var other = await app.WithDb(db => db.Schools.Where(s => s.Code != "THDP").OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).FirstAsync());
        await app.WithDb(db => db.Users.Where(u => u.UserName == name).ExecuteUpdateAsync(u => u.SetProperty(x => x.SchoolId, other.Id)));
        var page = await teacher.GetStringAsync("/truong");
        Assert.Contains(other.Name, page);
        Assert.DoesNotContain(own, page);
    }

    private async Task<T> WithUsers<T>(Func<CaiTienDb, UserManager<AppUser>, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CaiTienDb>(), scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSessionSecurityTests(SqliteApp app) : SessionSecurityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSessionSecurityTests(PostgresApp app) : SessionSecurityTests(app);

/// <summary>A database seeded in demo mode, then started without --demo: the demo password and token are refused.</summary>
public abstract class DemoCredentialsTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Demo_password_and_demo_token_are_refused_without_demo_mode()
    {
        await using var demo = new AccountApp(provider, demo: true);
        var client = demo.Browser();
        await client.SignInAsync("admin");
        var api = demo.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OversightDemo.ApiToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/district/plans")).StatusCode);
        var reopened = demo.Reopen(demo: false);
        await demo.DisposeAsync();

        await using (reopened)
        {
            foreach (var account in DemoData.Accounts)
            {
                var browser = reopened.Browser();
                var token = await browser.AntiforgeryTokenAsync("/dang-nhap");
                var login = await browser.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["UserName"] = account.UserName, ["Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
                }));
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
                Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", await login.Content.ReadAsStringAsync());
            }
            var refusedApi = reopened.CreateClient();
            refusedApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OversightDemo.ApiToken);
            Assert.Equal(HttpStatusCode.Unauthorized, (await refusedApi.GetAsync("/api/district/plans")).StatusCode);
            // Other tokens of the same database keep working.
            var real = await reopened.WithDb(async db => await ApiTokens.CreateAsync(db, await db.Districts.Where(d => d.Code == "DT").Select(d => d.Id).SingleAsync(), "thật", TimeProvider.System));
            refusedApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", real);
            Assert.Equal(HttpStatusCode.OK, (await refusedApi.GetAsync("/api/district/plans")).StatusCode);
        }
    }
}

public sealed class SqliteDemoCredentialsTests() : DemoCredentialsTests(DatabaseProvider.Sqlite);

public sealed class PostgresDemoCredentialsTests() : DemoCredentialsTests(DatabaseProvider.Postgres);
