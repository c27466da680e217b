using System.IO.Compression;
using System.Text.RegularExpressions;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CaiTien.Tests.SelfAssessments;

[Collection(BrowserCollection.Name)]
public sealed partial class ReportBrowserTests(LiveServer server)
{
    private const string Year = "2014-2015";

    [Fact]
    public async Task Council_rates_writes_attaches_evidence_and_downloads_the_report()
    {
        var principal = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        principal.Dialog += (_, dialog) => dialog.AcceptAsync();
        await principal.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}/hoi-dong");
        await principal.SelectOptionAsync("select[name='Seats[1].Role']", new SelectOptionValue { Label = "Thư ký" });
        await principal.SelectOptionAsync("select[name='Seats[1].StaffMemberId']", new SelectOptionValue { Label = "Nguyễn Thị Hoa — Phó Hiệu trưởng" });
        await principal.SelectOptionAsync("select[name='Seats[1].UserId']", new SelectOptionValue { Label = "hoidong.dinhphuoc — Thành viên Hội đồng tự đánh giá" });
        await principal.FillAsync("input[name='Seats[2].Name']", "Trần Văn Minh");
        await principal.FillAsync("input[name='Seats[3].Name']", "Lê Thị Lan");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Lưu hội đồng và tổ giám sát" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Đã lưu Hội đồng tự đánh giá", new() { Exact = false })).ToBeVisibleAsync();
        await principal.SelectOptionAsync("tr[data-assign='1.2'] select", new SelectOptionValue { Label = "Nguyễn Thị Hoa (Thư ký)" });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Lưu phân công" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Đã phân công 1/27 tiêu chí.")).ToBeVisibleAsync();

        var member = await server.SignedInPageAsync("hoidong.dinhphuoc");
        await member.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}/danh-gia");
        var card = member.Locator("#criterion-1-2");
        foreach (var label in await card.Locator("label.btn-outline-success").AllAsync()) await label.ClickAsync();
        await card.Locator("label[for='criterion-1-2-1-b-0']").ClickAsync();
        await card.GetByLabel("Mô tả hiện trạng").FillAsync("Nhà trường có quy chế tổ chức và hoạt động [H1-1.2-01].");
        await card.GetByLabel("Điểm yếu").FillAsync("Quy chế chưa được công khai đầy đủ.");
        await card.GetByLabel("Kế hoạch cải tiến chất lượng").FillAsync("Niêm yết quy chế tại bảng tin nhà trường.");
        await card.GetByLabel("Mã minh chứng").FillAsync("[H1-1.2-01]");
        await card.GetByRole(AriaRole.Button, new() { Name = "Lưu tiêu chí 1.2" }).ClickAsync();
        await Assertions.Expect(member.Locator("#criterion-1-2")).ToContainTextAsync("Đã lưu đánh giá tiêu chí 1.2");

        await principal.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}");
        await principal.GetByRole(AriaRole.Link, new() { Name = "Tạo kế hoạch cải tiến" }).ClickAsync();
        await principal.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch cải tiến" }).ClickAsync();
        await Assertions.Expect(principal.GetByText($"Đã thêm 1 dòng vào kế hoạch cải tiến năm học {Year}.")).ToBeVisibleAsync();
        await principal.GetByRole(AriaRole.Link, new() { Name = $"Xem kế hoạch năm học {Year}" }).ClickAsync();
        await CaiTien.Tests.Browser.BrowserSteps.IssueOpenPlanAsync(principal);
        var planUrl = PlanUrl().Match(principal.Url).Value;

        await principal.GotoAsync(server.BaseUrl + planUrl + "/tien-do");
        await principal.GetByRole(AriaRole.Link, new() { Name = "1.2", Exact = true }).ClickAsync();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await principal.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "quy-che.pdf", MimeType = "application/pdf", Buffer = pdf });
        await principal.GetByLabel("Tên minh chứng").FillAsync("Quy chế tổ chức và hoạt động");
        await principal.GetByLabel("Mã minh chứng").FillAsync("[H1-1.2-01]");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Tải lên minh chứng" }).ClickAsync();
        await Assertions.Expect(principal.Locator("#evidence-files")).ToContainTextAsync("quy-che.pdf");

        await member.GotoAsync($"{server.BaseUrl}/tu-danh-gia/{Year}/bao-cao");
        await member.GetByLabel("Đặt vấn đề", new() { Exact = false }).FillAsync("Trường Tiểu học Định Phước tự đánh giá năm học 2014-2015.");
        await member.GetByLabel("Kết luận chung").FillAsync("Nhà trường tiếp tục cải tiến chất lượng.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Lưu nội dung báo cáo" }).ClickAsync();
        await Assertions.Expect(member.GetByText("Đã lưu nội dung báo cáo tự đánh giá.")).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator("[data-report-warnings]")).ToContainTextAsync("Tiêu chí chưa đánh giá: Tiêu chí 1.1");
        await member.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("self-assessment-report.png"), FullPage = true });

        var download = await member.RunAndWaitForDownloadAsync(() => member.Locator("[data-download=docx]").ClickAsync());
        var path = SharedPaths.Artifacts("bao-cao-tu-danh-gia.docx");
        await download.SaveAsAsync(path);
        using (var word = WordprocessingDocument.Open(path, false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Trường Tiểu học Định Phước tự đánh giá năm học 2014-2015.", text);
            Assert.Contains("Công việc: Niêm yết quy chế tại bảng tin nhà trường.", text);
            Assert.Contains("Quy chế tổ chức và hoạt động", text);
            Assert.Contains("Kết quả: Không đạt.", text);
        }
        var zip = await member.RunAndWaitForDownloadAsync(() => member.Locator("[data-download=zip]").ClickAsync());
        var zipPath = SharedPaths.Artifacts("goi-minh-chung.zip");
        await zip.SaveAsAsync(zipPath);
        using var archive = ZipFile.OpenRead(zipPath);
        Assert.Equal(pdf, ReadAll(archive.GetEntry("Hop-1/H1-1.2-01.pdf")!));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"/ke-hoach/\d+")]
    private static partial Regex PlanUrl();
}
