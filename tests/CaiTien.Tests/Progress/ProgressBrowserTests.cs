using System.Text.RegularExpressions;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CaiTien.Tests.Progress;

[Collection(ProgressBrowserCollection.Name)]
public sealed partial class ProgressBrowserTests(LiveServer server)
{
    [Fact]
    public async Task Teacher_reports_and_files_evidence_principal_follows_and_monitoring_team_reviews()
    {
        // The demo plan is a draft: the principal issues it first, confirming past the checker's open errors.
        var principal = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        principal.Dialog += (_, dialog) => dialog.AcceptAsync();
        await principal.GotoAsync(server.BaseUrl + "/truong");
        await principal.GetByRole(AriaRole.Link, new() { Name = "Năm học 2024-2025" }).ClickAsync();
        await CaiTien.Tests.Browser.BrowserSteps.IssueOpenPlanAsync(principal);
        var planUrl = PlanUrl().Match(principal.Url).Value;

        var teacher = await server.SignedInPageAsync("giaovien.dinhphuoc");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).ClickAsync();
        // Other tests of this server give the teacher rows of other years: the demo plan's is the 2024-2025 one.
        var task = teacher.Locator("#my-tasks tbody tr").Filter(new() { HasText = "2024-2025" }).Filter(new() { Has = teacher.Locator("td:nth-child(2)", new() { HasTextRegex = Criterion13() }) });
        await Assertions.Expect(task).ToContainTextAsync("Chưa bắt đầu");
        await task.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" }).ClickAsync();
        await teacher.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await teacher.GetByLabel("Tỉ lệ hoàn thành (%)").FillAsync("60");
        await teacher.GetByLabel("Ghi chú").FillAsync("Đã tổ chức 3 buổi sinh hoạt dưới cờ theo chủ đề");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu tiến độ" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu.");
        await Assertions.Expect(teacher.Locator("#history")).ToContainTextAsync("Đã tổ chức 3 buổi sinh hoạt dưới cờ");

        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await teacher.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "ke-hoach-lien-doi.pdf", MimeType = "application/pdf", Buffer = pdf });
        await teacher.GetByLabel("Mã minh chứng").FillAsync("[H1-1.3-01]");
        await teacher.GetByLabel("Nơi ban hành").FillAsync("Liên đội Trường Tiểu học Định Phước");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Tải lên minh chứng" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#evidence-files")).ToContainTextAsync("ke-hoach-lien-doi.pdf");
        await Assertions.Expect(teacher.Locator("#evidence-files")).ToContainTextAsync("[H1-1.3-01]");
        await teacher.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("progress-row.png"), FullPage = true });

        await principal.GotoAsync(server.BaseUrl + planUrl + "/tien-do");
        var progressRow = principal.Locator("#progress-rows tbody tr").Filter(new() { Has = principal.Locator("td:first-child", new() { HasTextRegex = Criterion13() }) });
        await Assertions.Expect(progressRow).ToContainTextAsync("Đang thực hiện");
        await Assertions.Expect(progressRow.Locator("td").Nth(4)).ToHaveTextAsync("60");
        await Assertions.Expect(progressRow.Locator("td").Nth(5)).ToHaveTextAsync("1");
        await Assertions.Expect(principal.Locator("#overall")).Not.ToHaveTextAsync("0%");
        await Assertions.Expect(principal.Locator(".tl-today").First).ToBeAttachedAsync();
        await principal.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("progress-plan.png"), FullPage = true });

        var monitor = await server.SignedInPageAsync("giamsat.dinhphuoc");
        await monitor.GotoAsync(server.BaseUrl + planUrl + "/giam-sat");
        await monitor.GetByLabel("Kết quả giám sát tiêu chí 1.3").FillAsync("Liên đội đã sinh hoạt 3 buổi, còn thiếu sổ theo dõi");
        await monitor.GetByLabel("Đánh giá tiêu chí 1.3").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện đúng tiến độ" });
        await monitor.GetByLabel("Kiến nghị tiêu chí 1.3").FillAsync("Lập sổ theo dõi sinh hoạt Đội");
        await monitor.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả giám sát" }).ClickAsync();
        await Assertions.Expect(monitor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu kết quả giám sát.");
        var download = await monitor.RunAndWaitForDownloadAsync(() => monitor.GetByRole(AriaRole.Link, new() { Name = "Tải Word" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var path = SharedPaths.Artifacts("bao-cao-giam-sat-hk1.docx");
        await download.SaveAsAsync(path);
        using var word = WordprocessingDocument.Open(path, false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Kết quả giám sát thực hiện kế hoạch cải tiến chất lượng giáo dục học kỳ I", text);
        Assert.Contains("Liên đội đã sinh hoạt 3 buổi, còn thiếu sổ theo dõi", text);
        Assert.Contains("Tiêu chí 1.3: Lập sổ theo dõi sinh hoạt Đội", text);
        // Signed by the monitoring team member on the staff list, with her position, not by the demo account's name.
        Assert.Contains("Lê Thị Lan", text);
        Assert.Contains("TỔ TRƯỞNG CHUYÊN MÔN", text.ToUpper(new System.Globalization.CultureInfo("vi-VN")));
        Assert.DoesNotContain("(demo)", text);
    }

    [GeneratedRegex(@"/ke-hoach/\d+")]
    private static partial Regex PlanUrl();

    [GeneratedRegex(@"^\s*1\.3\s*$")]
    private static partial Regex Criterion13();
}
