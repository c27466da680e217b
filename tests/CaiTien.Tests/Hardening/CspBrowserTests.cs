using CaiTien.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaiTien.Tests.Hardening;

/// <summary>The main pages work under the Content-Security-Policy: no violation reported by Chromium, and the
/// behaviours moved out of inline scripts (chart, year picker) still run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CspBrowserTests(LiveServer server)
{
    private static void Watch(IPage page, List<string> violations)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");
    }

    [Fact]
    public async Task School_pages_run_without_csp_violations()
    {
        var page = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        var violations = new List<string>();
        Watch(page, violations);
        await page.GotoAsync(server.BaseUrl + "/truong");
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        var planLink = page.Locator("a[href^='/ke-hoach/']").First;
        await planLink.ClickAsync();
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();

        await page.GotoAsync(server.BaseUrl + "/tu-danh-gia");
        var picker = page.Locator("#year-pick");
        await Assertions.Expect(picker).ToBeVisibleAsync();
        var values = await picker.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        var current = await picker.InputValueAsync();
        var other = values.FirstOrDefault(v => v != current);
        if (other is not null)
        {
            await picker.SelectOptionAsync(other);
            await page.WaitForURLAsync("**/tu-danh-gia/" + other);
        }
        await page.GotoAsync(server.BaseUrl + "/viec-cua-toi");
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    [Fact]
    public async Task District_dashboard_draws_its_chart_under_csp()
    {
        var page = await server.SignedInPageAsync("phong.dautieng");
        var violations = new List<string>();
        Watch(page, violations);
        await page.GotoAsync(server.BaseUrl + "/phong/tong-hop");
        await Assertions.Expect(page.Locator("canvas#status-chart[data-chart-drawn='true']")).ToBeAttachedAsync();
        await page.GotoAsync(server.BaseUrl + "/cong-khai");
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        Assert.Empty(violations);
    }
}
