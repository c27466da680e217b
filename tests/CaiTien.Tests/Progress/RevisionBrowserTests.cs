using System.Text.RegularExpressions;
using CaiTien.Tests.Browser;
using CaiTien.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaiTien.Tests.Progress;

/// <summary>Issue 15 item 3 in the browser: the teacher's progress and evidence file stay with her row when the
/// principal issues a revision of the plan.</summary>
[Collection(ProgressBrowserCollection.Name)]
public sealed partial class RevisionBrowserTests(LiveServer server)
{
    private const string Year = "2039-2040";
    private const string Target = "Liên đội sinh hoạt đủ 4 buổi mỗi tháng";

    [Fact]
    public async Task A_revision_keeps_the_teachers_40_percent_and_her_evidence_file()
    {
        var principal = await server.SignedInPageAsync("hieutruong.dinhphuoc");
        principal.Dialog += (_, dialog) => dialog.AcceptAsync();
        await EditorBrowserTests.NewDraftAsync(principal, server.BaseUrl, Year, 1);
        var row = principal.Locator("section.row-editor").First;
        await row.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync("1.3");
        await row.GetByLabel("Kết quả cần đạt").FillAsync(Target);
        await row.GetByLabel("Công việc/giải pháp").FillAsync("Tổ chức sinh hoạt dưới cờ theo chủ đề.");
        await row.GetByLabel("Chủ trì").FillAsync("Tổng phụ trách Đội");
        await row.GetByLabel("Thời gian").FillAsync("Từ tháng 10/2039 đến tháng 5/2040");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        await IssueAsync(principal);
        var issuedUrl = PlanUrl().Match(principal.Url).Value;

        var teacher = await server.SignedInPageAsync("giaovien.dinhphuoc");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).ClickAsync();
        var task = teacher.Locator("#my-tasks tbody tr").Filter(new() { HasText = Year });
        await Assertions.Expect(task).ToHaveCountAsync(1);
        await task.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" }).ClickAsync();
        await teacher.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await teacher.GetByLabel("Tỉ lệ hoàn thành (%)").FillAsync("40");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu tiến độ" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#progress-state")).ToHaveTextAsync("Đã lưu");
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await teacher.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "bien-ban-sinh-hoat-doi.pdf", MimeType = "application/pdf", Buffer = pdf });
        await teacher.GetByLabel("Mã minh chứng").FillAsync("MC.1.3.02");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Tải lên minh chứng" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#evidence-files")).ToContainTextAsync("bien-ban-sinh-hoat-doi.pdf");

        await principal.GotoAsync(server.BaseUrl + issuedUrl);
        await principal.GetByRole(AriaRole.Button, new() { Name = "Tạo bản điều chỉnh" }).ClickAsync();
        await BrowserSteps.EditorOpenedAsync(principal);
        var revised = principal.Locator("section.row-editor").First;
        await revised.GetByLabel("Kết quả cần đạt").FillAsync(Target + ", có sổ theo dõi");
        await revised.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(revised.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu");
        await IssueAsync(principal);
        var revisionUrl = PlanUrl().Match(principal.Url).Value;
        Assert.NotEqual(issuedUrl, revisionUrl);

        await principal.GotoAsync(server.BaseUrl + revisionUrl + "/tien-do");
        var progressRow = principal.Locator("#progress-rows tbody tr").Filter(new() { HasText = "có sổ theo dõi" });
        await Assertions.Expect(progressRow).ToContainTextAsync("Đang thực hiện");
        await Assertions.Expect(progressRow.Locator("td").Nth(4)).ToHaveTextAsync("40");
        await Assertions.Expect(progressRow.Locator("td").Nth(5)).ToHaveTextAsync("1");

        await teacher.GotoAsync(server.BaseUrl + "/viec-cua-toi");
        var carried = teacher.Locator("#my-tasks tbody tr").Filter(new() { HasText = Year });
        await Assertions.Expect(carried).ToHaveCountAsync(1);
        await Assertions.Expect(carried).ToContainTextAsync("có sổ theo dõi");
        await Assertions.Expect(carried.Locator("td").Nth(6)).ToHaveTextAsync("40");
        await carried.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#evidence-files")).ToContainTextAsync("bien-ban-sinh-hoat-doi.pdf");
        await principal.GotoAsync(server.BaseUrl + issuedUrl);
        await Assertions.Expect(principal.Locator(".badge").First).ToHaveTextAsync("Đã thay thế");
    }

    private static async Task IssueAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản" }).ClickAsync();
        await BrowserSteps.IssueOpenPlanAsync(page);
    }

    [GeneratedRegex(@"/ke-hoach/\d+")]
    private static partial Regex PlanUrl();
}
