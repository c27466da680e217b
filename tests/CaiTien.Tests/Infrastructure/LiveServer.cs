using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace CaiTien.Tests.Infrastructure;

/// <summary>The app on a real loopback port (SQLite, demo data) and Debian's Chromium driven by Playwright.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static string ErrorLogPath { get; } = Path.Combine(CaiTien.Testing.SharedPaths.RepoRoot, "test-artifacts", "live-server-errors.log");

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var data = Directory.CreateTempSubdirectory("caitien-live-").FullName;
        _app = await CaiTienApp.BuildAsync(["--demo", "--urls", "http://127.0.0.1:0", $"--CaiTien:DataFolder={data}", "--Database:Provider=Sqlite", "--environment=Testing",
            "--RateLimits:SignInPerMinute=100000", "--RateLimits:UploadsPerMinute=100000",
            // A browser test sees only the error page: the server's errors, with their exceptions, go to a file that
            // scripts/test.sh prints when a run fails.
            "--Serilog:WriteTo:9:Name=File", $"--Serilog:WriteTo:9:Args:path={ErrorLogPath}", "--Serilog:WriteTo:9:Args:restrictedToMinimumLevel=Error",
            "--contentRoot", Path.Combine(CaiTien.Testing.SharedPaths.RepoRoot, "src", "CaiTien.Web")]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> SignedInPageAsync(string userName, int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN" });
        // CI machines are small and shared: allow slow answers rather than fail on a busy core.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        var page = await context.NewPageAsync();
        await HeadlessChromium.SignInAsync(page, BaseUrl, userName);
        return page;
    }


    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser";
}
