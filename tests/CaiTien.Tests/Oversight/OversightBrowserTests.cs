using System.Security.Cryptography;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using CaiTien.Tests.Browser;
using Microsoft.Playwright;

namespace CaiTien.Tests.Oversight;

[Collection(BrowserCollection.Name)]
public sealed class OversightBrowserTests(LiveServer server)
{
    private const string Year = "2030-2031";

    /// <summary>Clicks an action that may first ask to confirm open checker errors, and waits for the outcome.</summary>
    private static Task IssueAsync(IPage page) => BrowserSteps.IssueOpenPlanAsync(page);

    private static Task SubmitAsync(IPage page) => BrowserSteps.ActAsync(page, "Nộp cơ quan quản lý trực tiếp", "Vẫn nộp", page.Locator("[data-status]"), "Đã nộp Phòng");

    [Fact]
    public async Task Submit_review_revise_accept_publish_and_check_the_public_pdf()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("caitien-oversight-").FullName, "ke-hoach.json");
        var doc = SyntheticPlans.Create(FrameworkRegistry.Default.ForLevel(SchoolLevels.Primary, "2018")!, "Trường Tiểu học Định Phước", SchoolLevels.Primary, Year, 5, 11);
        await File.WriteAllTextAsync(file, PlanJson.Serialize(doc));

        var principal = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        principal.Dialog += (_, dialog) => dialog.AcceptAsync();
        await principal.GotoAsync(server.BaseUrl + "/ke-hoach/nhap");
        await principal.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(file);
        await principal.GetByRole(AriaRole.Button, new() { Name = "Nhập kế hoạch" }).ClickAsync();
        await principal.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/ke-hoach/\d+$"));
        var firstUrl = principal.Url;
        await IssueAsync(principal);
        await SubmitAsync(principal);

        var officer = await server.SignedInPageAsync("xa.dautieng");
        await officer.GotoAsync(server.BaseUrl + "/thong-bao");
        await officer.GetByRole(AriaRole.Link, new() { Name = $"Trường Tiểu học Định Phước đã nộp kế hoạch năm học {Year}." }).ClickAsync();
        var row2 = officer.Locator("table.review-rows tbody tr").Nth(1);
        await row2.GetByLabel("Góp ý dòng 2").FillAsync("Cần nêu rõ số lớp được kiểm tra");
        await row2.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        await Assertions.Expect(officer.Locator("table.review-rows tbody tr").Nth(1)).ToContainTextAsync("Cần nêu rõ số lớp được kiểm tra");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu chỉnh sửa" }).ClickAsync();
        await Assertions.Expect(officer.Locator("[data-status]").First).ToHaveTextAsync("Phòng yêu cầu chỉnh sửa");

        await principal.GotoAsync(firstUrl);
        var comment = principal.Locator("table.plan-table tr.review-comment-row");
        await Assertions.Expect(comment).ToContainTextAsync("dòng 2");
        await Assertions.Expect(comment).ToContainTextAsync("Cần nêu rõ số lớp được kiểm tra");
        await principal.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("oversight-comment-beside-row.png"), FullPage = true });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Tạo bản điều chỉnh" }).ClickAsync();
        await BrowserSteps.EditorOpenedAsync(principal);
        var editor = principal.Locator("section.row-editor").Nth(1);
        await editor.GetByLabel("Kết quả cần đạt").FillAsync("Kiểm tra 100% lớp (18 lớp) mỗi học kỳ");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        await principal.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản" }).ClickAsync();
        await IssueAsync(principal);
        await Assertions.Expect(principal.Locator("table.plan-table tr.review-comment-row")).ToContainTextAsync("lần 1");
        await SubmitAsync(principal);

        await officer.GotoAsync(server.BaseUrl + "/thong-bao");
        await officer.GetByRole(AriaRole.Link, new() { Name = $"Trường Tiểu học Định Phước đã nộp bản điều chỉnh lần 1 năm học {Year}." }).ClickAsync();
        await Assertions.Expect(officer.Locator("table.review-rows")).ToContainTextAsync("Kiểm tra 100% lớp (18 lớp) mỗi học kỳ");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận kế hoạch" }).ClickAsync();
        await Assertions.Expect(officer.Locator("[data-status]").First).ToHaveTextAsync("Phòng đã chấp nhận");
        await Assertions.Expect(officer.Locator("table.review-history tbody tr")).ToHaveCountAsync(2);

        await principal.ReloadAsync();
        await Assertions.Expect(principal.Locator("[data-status]").First).ToHaveTextAsync("Phòng đã chấp nhận");
        await Assertions.Expect(principal.GetByRole(AriaRole.Status).Filter(new() { HasText = "30/6/2031" })).ToBeVisibleAsync();
        await principal.GetByRole(AriaRole.Button, new() { Name = "Công khai kế hoạch" }).ClickAsync();
        await Assertions.Expect(principal.Locator("[data-status]").First).ToHaveTextAsync("Đã công khai");

        var anonymous = await (await server.Browser.NewContextAsync(new() { AcceptDownloads = true, Locale = "vi-VN" })).NewPageAsync();
        await anonymous.GotoAsync(server.BaseUrl + "/cong-khai");
        await anonymous.GetByRole(AriaRole.Link, new() { Name = "Trường Tiểu học Định Phước" }).ClickAsync();
        await Assertions.Expect(anonymous.Locator("h1").First).ToContainTextAsync(Year);
        await Assertions.Expect(anonymous.Locator("table.plan-table")).ToContainTextAsync("Kiểm tra 100% lớp (18 lớp) mỗi học kỳ");
        var shown = (await anonymous.Locator("#pdf-sha256").InnerTextAsync()).Trim();
        var download = await anonymous.RunAndWaitForDownloadAsync(() =>
            anonymous.GetByRole(AriaRole.Link, new() { Name = "Tải bản PDF đã công khai" }).ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal(shown, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))));
        await anonymous.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("oversight-public-page.png"), FullPage = true });
    }
}
