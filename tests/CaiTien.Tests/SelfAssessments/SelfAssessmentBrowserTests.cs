using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.Playwright;

namespace CaiTien.Tests.SelfAssessments;

[Collection(BrowserCollection.Name)]
public sealed class SelfAssessmentBrowserTests(LiveServer server)
{
    private const string Year = "2025-2026";

    [Fact]
    public async Task Member_rates_two_criteria_and_the_principal_creates_plan_items_from_the_weak_one()
    {
        var principal = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        await principal.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}/hoi-dong");
        Assert.Equal("Đỗ Văn Hênh", await principal.InputValueAsync("input[name='Seats[0].Name']"));
        await principal.SelectOptionAsync("select[name='Seats[1].Role']", new SelectOptionValue { Label = "Thư ký" });
        await principal.SelectOptionAsync("select[name='Seats[1].StaffMemberId']", new SelectOptionValue { Label = "Nguyễn Thị Hoa — Phó Hiệu trưởng" });
        await principal.SelectOptionAsync("select[name='Seats[1].UserId']", new SelectOptionValue { Label = "hoidong.dinhphuoc — Thành viên Hội đồng tự đánh giá" });
        await principal.FillAsync("input[name='Seats[2].Name']", "Trần Văn Minh");
        await principal.FillAsync("input[name='Seats[3].Name']", "Lê Thị Lan");
        await principal.SelectOptionAsync("select[name='Seats[4].Role']", new SelectOptionValue { Label = "Tổ trưởng" });
        await principal.FillAsync("input[name='Seats[4].Name']", "Võ Thị Năm");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Lưu hội đồng và tổ giám sát" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Đã lưu Hội đồng tự đánh giá (4 thành viên)")).ToBeVisibleAsync();
        await Assertions.Expect(principal.GetByText("có 4 thành viên; cần ít nhất 5 thành viên")).ToBeVisibleAsync();

        foreach (var code in new[] { "1.1", "1.2" })
            await principal.SelectOptionAsync($"tr[data-assign='{code}'] select", new SelectOptionValue { Label = "Nguyễn Thị Hoa (Thư ký)" });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Lưu phân công" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Đã phân công 2/27 tiêu chí.")).ToBeVisibleAsync();
        await principal.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("self-assessment-council.png") });

        var member = await server.SignedInPageAsync("hoidong.dinhphuoc");
        await member.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}/danh-gia");
        var strong = member.Locator("#criterion-1-1");
        foreach (var label in await strong.Locator("label.btn-outline-success").AllAsync()) await label.ClickAsync();
        await strong.GetByLabel("Mã minh chứng").FillAsync("[H1-1.1-01]\n[H1-1.1-02]");
        await strong.GetByRole(AriaRole.Button, new() { Name = "Lưu tiêu chí 1.1" }).ClickAsync();
        await Assertions.Expect(member.Locator("#criterion-1-1 [data-level]")).ToHaveTextAsync("Mức 3");

        var weak = member.Locator("#criterion-1-2");
        foreach (var label in await weak.Locator("label.btn-outline-success").AllAsync()) await label.ClickAsync();
        await weak.Locator("label[for='criterion-1-2-1-b-0']").ClickAsync();
        await weak.GetByLabel("Điểm yếu").FillAsync("Quy chế tổ chức chưa được công khai đầy đủ.");
        await weak.GetByLabel("Mã minh chứng").FillAsync("[H1-1.1-03]");
        await weak.GetByRole(AriaRole.Button, new() { Name = "Lưu tiêu chí 1.2" }).ClickAsync();
        await Assertions.Expect(member.Locator("#criterion-1-2")).ToContainTextAsync("thuộc tiêu chí 1.1 nhưng tiêu chí đó chưa ghi mã này");
        // A code 1.1 already cites may serve 1.2 too (shared evidence).
        await member.Locator("#criterion-1-2").GetByLabel("Mã minh chứng").FillAsync("[H1-1.2-01]\n[H1-1.1-01]");
        await member.Locator("#criterion-1-2").GetByRole(AriaRole.Button, new() { Name = "Lưu tiêu chí 1.2" }).ClickAsync();
        await Assertions.Expect(member.Locator("#criterion-1-2 [data-level]")).ToHaveTextAsync("Không đạt");
        await Assertions.Expect(member.Locator("#criterion-1-2")).ToContainTextAsync("Đã lưu đánh giá tiêu chí 1.2");
        await member.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("self-assessment.png"), FullPage = true });

        await principal.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}");
        await Assertions.Expect(principal.Locator("tr[data-criterion='1.1'] [data-level]")).ToHaveTextAsync("Mức 3");
        await principal.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("self-assessment-summary.png"), FullPage = true });
        await principal.GetByRole(AriaRole.Link, new() { Name = "Tạo kế hoạch cải tiến" }).ClickAsync();
        Assert.True(await principal.GetByLabel("1.2. ", new() { Exact = false }).IsCheckedAsync());
        Assert.Equal(0, await principal.Locator("tr[data-choice='1.1']").CountAsync());
        Assert.False(await principal.Locator("tr[data-choice='1.3'] input[type=checkbox]").IsCheckedAsync());
        await principal.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch cải tiến" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Đã thêm 1 dòng vào kế hoạch cải tiến năm học 2025-2026.")).ToBeVisibleAsync();
        await principal.GetByRole(AriaRole.Link, new() { Name = "Xem kế hoạch năm học 2025-2026" }).ClickAsync();
        var rows = principal.Locator("table.plan-table tbody tr[data-row]");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("Quy chế tổ chức chưa được công khai đầy đủ.", await rows.First.InnerTextAsync());
        Assert.Contains("Đạt Mức 1", await rows.First.InnerTextAsync());
        await principal.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("self-assessment-plan.png"), FullPage = true });
    }
}
