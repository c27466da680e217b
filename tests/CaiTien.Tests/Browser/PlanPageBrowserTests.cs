using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.Playwright;

namespace CaiTien.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlanPageBrowserTests(LiveServer server)
{
    [Fact]
    public async Task Principal_opens_plan_000_and_sees_all_17_rows()
    {
        var page = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        await page.GetByRole(AriaRole.Link, new() { Name = "Năm học 2024-2025" }).ClickAsync();
        var rows = page.Locator("table.plan-table tbody tr[data-row]");
        Assert.Equal(17, await rows.CountAsync());
        var cell = rows.Nth(4).Locator("td").Nth(3);
        Assert.Contains("35.000.000 đồng", await rows.Nth(4).InnerTextAsync());
        Assert.Contains("Miễn, giảm các khoản đóng góp", await cell.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("plan-000.png"), FullPage = true });
    }

    [Fact]
    public async Task Plan_page_is_usable_on_a_phone()
    {
        var page = await server.SignedInPageAsync("hieutruong.dinhphuoc", 390, 844);
        await page.GotoAsync(server.BaseUrl + "/truong");
        await page.GetByRole(AriaRole.Link, new() { Name = "Năm học 2024-2025" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "KẾ HOẠCH", Exact = false }).First).ToBeVisibleAsync();
        var bodyWidth = await page.EvaluateAsync<int>("() => document.body.scrollWidth");
        Assert.True(bodyWidth <= 400, $"page scrolls sideways on a phone: {bodyWidth}px");
        await page.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("plan-000-phone.png") });
    }
}
