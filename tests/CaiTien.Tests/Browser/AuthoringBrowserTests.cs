using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.Playwright;

namespace CaiTien.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AuthoringBrowserTests(LiveServer server)
{
    private static readonly (string Criterion, string Target, string Time, string Budget)[] Rows =
    [
        ("1.2", "Hội đồng trường họp đủ 4 phiên/năm", "Từ tháng 10/2025 đến tháng 5/2026", "35.000.000đ"),
        ("1.5", "100% lớp có sĩ số đúng quy định", "Tháng 9/2025", "Không"),
        ("2.3", "Nhân viên văn thư hoàn thành hồ sơ", "Thường xuyên", "2,5 triệu"),
        ("3.5", "Bổ sung thiết bị dạy học lớp 5", "Từ tháng 10 năm 2025 – Đến tháng 3 năm 2026", "35 triệu đồng"),
        ("5.2", "Dạy đủ chương trình", "Cả năm học", "Kinh phí thường xuyên"),
    ];

    [Fact]
    public async Task Principal_authors_reorders_issues_and_revises_a_plan()
    {
        var page = await server.SignedInPageAsync("hieutruong.phuongdongb");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(server.BaseUrl + "/truong");
        await page.GetByLabel("Năm học").FillAsync("2025-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch mới" }).ClickAsync();
        try
        {
            await BrowserSteps.EditorOpenedAsync(page);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"The editor did not open; page {page.Url} shows: {await page.Locator("main").InnerTextAsync()}");
        }

        var editors = page.Locator("section.row-editor");
        for (var i = 0; i < Rows.Length; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm dòng" }).ClickAsync();
            await Assertions.Expect(editors).ToHaveCountAsync(i + 1);
        }
        for (var i = 0; i < Rows.Length; i++)
        {
            var (criterion, target, time, budget) = Rows[i];
            var row = editors.Nth(i);
            await row.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync(criterion);
            await row.GetByLabel("Kết quả cần đạt").FillAsync(target);
            await row.GetByLabel("Chủ trì").FillAsync("Hiệu trưởng");
            await row.GetByLabel("Thời gian").FillAsync(time);
            await row.GetByLabel("Dự kiến kinh phí").FillAsync(budget);
            await row.GetByLabel("Công việc/giải pháp").FillAsync($"Rà soát, xây dựng kế hoạch và tổ chức thực hiện tiêu chí {criterion}.");
            await row.GetByLabel("Sản phẩm/minh chứng").FillAsync("Kế hoạch, biên bản kiểm tra, báo cáo kết quả.");
            if (!budget.StartsWith("Kh", StringComparison.Ordinal)) await row.GetByLabel("Nguồn kinh phí").FillAsync("Ngân sách nhà nước");
            await row.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
            await Assertions.Expect(editors.Nth(i).GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        }
        await Assertions.Expect(editors.Nth(0)).ToContainTextAsync("Hiểu là: 10/2025 – 05/2026");
        await Assertions.Expect(editors.Nth(0)).ToContainTextAsync("35.000.000 đồng");
        await Assertions.Expect(editors.Nth(2)).ToContainTextAsync("2.500.000 đồng");
        await Assertions.Expect(page.Locator("#totals")).ToContainTextAsync("72.500.000 đồng");
        await page.GetByLabel("Ngày ban hành").FillAsync("2025-09-20");
        await page.GetByLabel("Mục đích, yêu cầu (mỗi dòng một ý)").FillAsync("Khắc phục các điểm yếu đã xác định trong báo cáo tự đánh giá.");
        await page.GetByLabel("Tổ chức thực hiện", new() { Exact = false }).FillAsync("Hiệu trưởng\n- Chỉ đạo, kiểm tra việc thực hiện kế hoạch.");
        await page.GetByLabel("Họ tên người ký").FillAsync("Lại Thị Thanh Linh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#header-editor").GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        await Assertions.Expect(page.Locator("#findings-panel")).ToContainTextAsync("không có lỗi hay cảnh báo");

        await editors.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Chuyển dòng 1 xuống" }).ClickAsync();
        await Assertions.Expect(editors.Nth(0).GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync("1.5");
        await Assertions.Expect(editors.Nth(1).GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync("1.2");
        await page.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("authoring-editor.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản" }).ClickAsync();
        await BrowserSteps.IssueOpenPlanAsync(page);
        var issuedUrl = page.Url;
        var rowsInLetter = page.Locator("table.plan-table tbody tr[data-row]");
        await Assertions.Expect(rowsInLetter).ToHaveCountAsync(5);
        await Assertions.Expect(rowsInLetter.Nth(0)).ToContainTextAsync("100% lớp có sĩ số đúng quy định");

        await page.GotoAsync(server.BaseUrl + "/truong");
        var listed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Năm học 2025-2026" });
        await Assertions.Expect(listed).ToContainTextAsync("Đã ban hành");

        await page.GotoAsync(issuedUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản điều chỉnh" }).ClickAsync();
        await BrowserSteps.EditorOpenedAsync(page);
        var first = page.Locator("section.row-editor").Nth(0);
        await first.GetByLabel("Kết quả cần đạt").FillAsync("100% lớp có sĩ số đúng quy định và có sổ theo dõi");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "So sánh với bản đã ban hành" }).ClickAsync();
        var diff = page.Locator("table.diff");
        await Assertions.Expect(diff).ToContainTextAsync("Kết quả cần đạt");
        await Assertions.Expect(diff).ToContainTextAsync("và có sổ theo dõi");
        await page.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("authoring-diff.png"), FullPage = true });
    }
}
