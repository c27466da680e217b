using System.Net;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CaiTien.Tests.Hardening;

/// <summary>The app on a PostgreSQL cluster the test stops and starts.</summary>
public sealed class OutageApp(string connectionString) : AppFactory
{
    public override CaiTien.Data.DatabaseProvider Provider => CaiTien.Data.DatabaseProvider.Postgres;
    public override string? ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Enabled", "false");
    }
}

public sealed class DatabaseOutageTests
{
    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string url, HttpStatusCode status, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == status || DateTime.UtcNow > until) return response;
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task Stopped_database_gives_503_in_vietnamese_and_the_app_recovers_without_restart()
    {
        using var pg = new ThrowawayPostgres();
        pg.Start();
        await using var app = new OutageApp(pg.ConnectionString("caitien_outage"));
        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        Assert.Equal(HttpStatusCode.OK, (await principal.GetAsync("/truong")).StatusCode);

        pg.Stop();
        var ready = await WaitForAsync(principal, "/healthz/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var page = await WaitForAsync(principal, "/truong", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains(FailureResponses.DatabaseDown, await page.TextAsync());
        Assert.Equal(HttpStatusCode.OK, (await principal.GetAsync("/healthz/live")).StatusCode);

        pg.Start();
        Assert.Equal(HttpStatusCode.OK, (await WaitForAsync(principal, "/healthz/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(60))).StatusCode);
        var back = await WaitForAsync(principal, "/truong", HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Định Phước", await back.TextAsync());
    }

    [Fact]
    public async Task App_started_while_the_database_is_down_waits_and_becomes_ready()
    {
        using var pg = new ThrowawayPostgres();
        await using var app = new OutageApp(pg.ConnectionString("caitien_late"));
        var client = app.Browser();
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("waiting for migrations", await ready.Content.ReadAsStringAsync());
        var page = await client.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains(FailureResponses.Starting, await page.TextAsync());

        pg.Start();
        Assert.Equal(HttpStatusCode.OK, (await WaitForAsync(client, "/healthz/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(90))).StatusCode);
        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        Assert.Equal(HttpStatusCode.OK, (await principal.GetAsync("/truong")).StatusCode);
    }
}
