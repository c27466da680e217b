using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Progress.Reminders;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Accounts;

/// <summary>The API token page (shown once, expiry, revoke) and the school calendar page whose holidays move
/// working-day deadlines.</summary>
public abstract partial class TokensAndCalendarTests(DatabaseProvider provider) : IAsyncLifetime
{
    private AccountApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new AccountApp(provider, demo: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenPage, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("data-testid=\"new-token\">([^<]+)<")]
    private static partial Regex NewToken();

    [Fact]
    public async Task A_district_officer_issues_a_token_shown_once_and_revokes_it()
    {
        var officer = _app.Browser();
        await officer.SignInAsync("phong.dautieng");
        var expires = DateOnly.FromDateTime(DateTime.Now).AddDays(30).ToString("yyyy-MM-dd");
        var issued = await (await PostAsync(officer, "/phong/ma-api", "/phong/ma-api", new() { ["Name"] = "Hệ thống thống kê", ["ExpiresOn"] = expires })).Content.ReadAsStringAsync();
        var token = NewToken().Match(issued).Groups[1].Value;
        Assert.StartsWith(ApiTokens.Prefix, token);
        Assert.DoesNotContain(token, await officer.GetStringAsync("/phong/ma-api"));
        Assert.False(await _app.WithDb(db => db.DistrictApiTokens.AnyAsync(t => t.TokenHash == token)));

        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/district/plans")).StatusCode);

        var id = await _app.WithDb(db => db.DistrictApiTokens.Where(t => t.Name == "Hệ thống thống kê").Select(t => t.Id).SingleAsync());
        var past = await PostAsync(officer, "/phong/ma-api", "/phong/ma-api", new() { ["Name"] = "Cũ", ["ExpiresOn"] = "2020-01-01" });
        Assert.Contains("Ngày hết hạn phải sau hôm nay", await past.Content.ReadAsStringAsync());
        var other = _app.Browser();
        await other.SignInAsync("phong.binhthanh");
        Assert.Contains("Không tìm thấy mã này", await (await PostAsync(other, "/phong/ma-api?handler=Revoke", "/phong/ma-api", new() { ["id"] = id.ToString() })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/district/plans")).StatusCode);
        await PostAsync(officer, "/phong/ma-api?handler=Revoke", "/phong/ma-api", new() { ["id"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/district/plans")).StatusCode);

        var expiring = await _app.WithDb(async db => await ApiTokens.CreateAsync(db, await db.Districts.Where(d => d.Code == "DT").Select(d => d.Id).SingleAsync(), "hết hạn", TimeProvider.System));
        await _app.WithDb(db => db.DistrictApiTokens.Where(t => t.Name == "hết hạn").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expiring);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/district/plans")).StatusCode);

        var principal = _app.Browser();
        await principal.SignInAsync("hieutruong.dinhphuoc");
        var denied = await principal.GetAsync("/phong/ma-api");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/khong-co-quyen", denied.Headers.Location!.ToString());
        Assert.True(await _app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == "ApiToken" && a.Action == "TokenRevoked")));
    }

    [Fact]
    public async Task Holidays_of_the_school_calendar_push_the_working_day_deadline()
    {
        var principal = _app.Browser();
        await principal.SignInAsync("hieutruong.dinhphuoc");
        var added = await PostAsync(principal, "/lich-nam-hoc?handler=Holiday&nam=2025-2026", "/lich-nam-hoc?nam=2025-2026",
            new() { ["name"] = "Nghỉ Tết Nguyên đán", ["from"] = "2026-02-16", ["to"] = "2026-02-20" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var bad = await PostAsync(principal, "/lich-nam-hoc?handler=Holiday&nam=2025-2026", "/lich-nam-hoc?nam=2025-2026",
            new() { ["name"] = "Sai", ["from"] = "2026-03-10", ["to"] = "2026-03-01" });
        Assert.Contains("Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi", await bad.Content.ReadAsStringAsync());
        Assert.Contains("Nghỉ Tết Nguyên đán", await principal.GetStringAsync("/lich-nam-hoc?nam=2025-2026"));

        var school = await _app.WithDb(db => db.Schools.Where(s => s.Code == "THDP").Select(s => s.Id).SingleAsync());
        var holidays = await _app.WithDb(db => SchoolHolidays.ForSchoolAsync(db, school));
        // Issued Friday 13/02/2026: ten working days end on 27/02 without the holiday week, on 06/03 with it.
        Assert.Equal(new DateOnly(2026, 2, 27), PublicationDeadlines.AddWorkingDays(new DateOnly(2026, 2, 13), 10));
        Assert.Equal(new DateOnly(2026, 3, 6), PublicationDeadlines.AddWorkingDays(new DateOnly(2026, 2, 13), 10, holidays));

        var province = _app.Browser();
        await province.SignInAsync("so.binhduong");
        var term = await PostAsync(province, "/lich-nam-hoc?handler=Term&nam=2025-2026", "/lich-nam-hoc?nam=2025-2026",
            new() { ["start"] = "2025-09-05", ["semesterOneEnd"] = "2026-01-10", ["end"] = "2026-05-25" });
        Assert.Equal(HttpStatusCode.Redirect, term.StatusCode);
        var dates = await _app.WithDb(async db => await SchoolCalendars.ResolveAsync(db, await db.Provinces.Where(p => p.Code == "BD").Select(p => (int?)p.Id).SingleAsync(), "2025-2026"));
        Assert.Equal(new DateOnly(2026, 1, 10), dates.SemesterOneEnd);
        var teacher = _app.Browser();
        await teacher.SignInAsync("giaovien.dinhphuoc");
        var refused = await PostAsync(teacher, "/lich-nam-hoc?handler=Holiday&nam=2025-2026", "/lich-nam-hoc?nam=2025-2026",
            new() { ["name"] = "Nghỉ riêng", ["from"] = "2026-03-02" });
        Assert.Contains("Chỉ Hiệu trưởng", await refused.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteTokensAndCalendarTests() : TokensAndCalendarTests(DatabaseProvider.Sqlite);

public sealed class PostgresTokensAndCalendarTests() : TokensAndCalendarTests(DatabaseProvider.Postgres);
