using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.Playwright;

namespace CaiTien.Tests.Browser;

/// <summary>The plan editor typed at ordinary speed: nothing typed is lost through saves, refusals, conflicts,
/// reloads and leaving the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorBrowserTests(LiveServer server)
{
    // Two runs of neighbouring cells, each typed from its first cell moving with Tab.
    private static readonly string[][] Runs = [["Weakness", "TargetResult", "Tasks", "Measures"], ["Lead", "Coordinators", "TimeText", "BudgetText"]];
    private static readonly string[] TextFields = Runs.SelectMany(r => r).ToArray();

    /// <summary>A new draft for the user's school in the given year, with the given number of empty rows.</summary>
    internal static async Task<string> NewDraftAsync(IPage page, string baseUrl, string year, int rows)
    {
        await page.GotoAsync(baseUrl + "/truong");
        await page.GetByLabel("Năm học").FillAsync(year);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch mới" }).ClickAsync();
        await BrowserSteps.EditorOpenedAsync(page);
        var editors = page.Locator("section.row-editor");
        for (var i = 0; i < rows; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm dòng" }).ClickAsync();
            await Assertions.Expect(editors).ToHaveCountAsync(i + 1);
        }
        return page.Url;
    }

    private static string Text(int row, string field) => field switch
    {
        "Lead" => "Tổ trưởng tổ " + (row + 1),
        "TimeText" => $"Tháng {row + 1}/2028",
        "BudgetText" => "Không",
        _ => $"{field} dòng {row + 1}: rà soát, bổ sung",
    };

    [Fact]
    public async Task Six_rows_typed_with_tab_and_an_input_method_survive_a_reload()
    {
        var page = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        page.Dialog += (_, d) => d.AcceptAsync();
        var url = await NewDraftAsync(page, server.BaseUrl, "2027-2028", 6);
        var criteria = await page.Locator("#criteria option").EvaluateAllAsync<string[]>("o => o.slice(0, 6).map(x => x.value)");
        var editors = page.Locator("section.row-editor");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        for (var i = 0; i < 6; i++)
        {
            var row = editors.Nth(i);
            await row.GetByLabel("Tiêu chí", new() { Exact = true }).ClickAsync();
            await page.Keyboard.TypeAsync(criteria[i], new() { Delay = 30 });
            foreach (var run in Runs)
            {
            await row.Locator($"[name={run[0]}]").ClickAsync();
            foreach (var field in run)
            {
                await Assertions.Expect(row.Locator($"[name={field}]")).ToBeFocusedAsync();
                await page.Keyboard.TypeAsync(Text(i, field), new() { Delay = 30 });
                if (field == "Tasks" && i == 0)
                {
                    // "Việt" composed the way Unikey and phone keyboards do it, while the row saves around it.
                    await page.Keyboard.TypeAsync(" ", new() { Delay = 30 });
                    foreach (var step in new[] { "V", "Vi", "Vie", "Viê", "Việ", "Việt" })
                        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = step, ["selectionStart"] = step.Length, ["selectionEnd"] = step.Length });
                    await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "Việt" });
                }
                await page.Keyboard.PressAsync("Tab");
            }
            }
        }
        string Expected(int i, string field) => Text(i, field) + (field == "Tasks" && i == 0 ? " Việt" : "");

        // Reload at once, saves possibly still under way: the page asks (accepted here) and the browser keeps the text.
        await page.ReloadAsync();
        for (var i = 0; i < 6; i++)
        {
            var row = page.Locator("section.row-editor").Nth(i);
            await Assertions.Expect(row.GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync(criteria[i]);
            foreach (var field in TextFields) await Assertions.Expect(row.Locator($"[name={field}]")).ToHaveValueAsync(Expected(i, field));
        }
        // And the server has every character: a fresh browser without the stored drafts sees them too.
        var states = page.Locator("section.row-editor [data-state]");
        for (var i = 0; i < 6; i++) await Assertions.Expect(states.Nth(i)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Đã lưu)?$"));
        var fresh = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        await fresh.GotoAsync(url);
        for (var i = 0; i < 6; i++)
        {
            var row = fresh.Locator("section.row-editor").Nth(i);
            await Assertions.Expect(row.GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync(criteria[i]);
            foreach (var field in TextFields) await Assertions.Expect(row.Locator($"[name={field}]")).ToHaveValueAsync(Expected(i, field));
        }
        await fresh.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("editor-typed.png"), FullPage = true });
        await fresh.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_value_shows_its_message_and_keeps_the_text_through_a_reload()
    {
        var page = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        page.Dialog += (_, d) => d.AcceptAsync();
        await NewDraftAsync(page, server.BaseUrl, "2028-2029", 1);
        var row = page.Locator("section.row-editor").First;
        var code = await page.Locator("#criteria option").First.GetAttributeAsync("value");
        await row.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync(code!);
        await row.GetByLabel("Kết quả cần đạt").ClickAsync();
        await page.Keyboard.TypeAsync("Đạt mức 2", new() { Delay = 30 });
        await row.GetByLabel("Thời gian").ClickAsync();
        const string time = "Từ tháng 5/2029 đến tháng 10/2028";
        await page.Keyboard.TypeAsync(time, new() { Delay = 30 });
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(row).ToContainTextAsync("trước tháng bắt đầu");
        await Assertions.Expect(row.Locator("[data-state]")).ToHaveTextAsync("Lỗi — chưa lưu");
        await Assertions.Expect(row.GetByLabel("Thời gian")).ToHaveValueAsync(time);
        await Assertions.Expect(row.GetByLabel("Thời gian")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Assertions.Expect(row.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Đạt mức 2");

        await page.ReloadAsync();
        row = page.Locator("section.row-editor").First;
        await Assertions.Expect(row.GetByLabel("Thời gian")).ToHaveValueAsync(time);
        await Assertions.Expect(row.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Đạt mức 2");
        await Assertions.Expect(row).ToContainTextAsync("trước tháng bắt đầu");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_second_of_two_people_saving_a_row_sees_the_conflict_and_keeps_her_text()
    {
        var first = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        var url = await NewDraftAsync(first, server.BaseUrl, "2029-2030", 1);
        var code = await first.Locator("#criteria option").First.GetAttributeAsync("value");
        var second = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        second.Dialog += (_, d) => d.AcceptAsync();
        await second.GotoAsync(url);

        var a = first.Locator("section.row-editor").First;
        await a.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync(code!);
        await a.GetByLabel("Kết quả cần đạt").FillAsync("Bản của thầy Hùng");
        await a.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(a.Locator("[data-state]")).ToHaveTextAsync("Đã lưu");

        var b = second.Locator("section.row-editor").First;
        await b.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync(code!);
        await b.GetByLabel("Kết quả cần đạt").ClickAsync();
        await second.Keyboard.TypeAsync("Bản của cô Lan", new() { Delay = 30 });
        await second.Keyboard.PressAsync("Tab");
        await Assertions.Expect(b.Locator("[data-state]")).ToHaveTextAsync("Xung đột — chưa lưu");
        await Assertions.Expect(b).ToContainTextAsync("Người khác vừa lưu dòng này");
        await Assertions.Expect(b.Locator("[data-their=targetResult]")).ToContainTextAsync("Bản của thầy Hùng");
        await Assertions.Expect(b.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Bản của cô Lan");

        // Saving again without choosing keeps showing the conflict; writing over it is a deliberate click.
        await b.GetByRole(AriaRole.Button, new() { Name = "Lưu dòng" }).ClickAsync();
        await Assertions.Expect(b.Locator("[data-state]")).ToHaveTextAsync("Xung đột — chưa lưu");
        await b.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng bản của tôi" }).ClickAsync();
        await Assertions.Expect(b.Locator("[data-state]")).ToHaveTextAsync("Đã lưu");
        await Assertions.Expect(b.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Bản của cô Lan");
        await first.ReloadAsync();
        await Assertions.Expect(first.Locator("section.row-editor").First.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Bản của cô Lan");
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task Leaving_with_unsaved_text_asks_first()
    {
        var page = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        await NewDraftAsync(page, server.BaseUrl, "2037-2038", 1);
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, d) => { asked.TrySetResult(d.Type); await d.DismissAsync(); };
        var row = page.Locator("section.row-editor").First;
        await row.GetByLabel("Công việc/giải pháp").ClickAsync();
        await page.Keyboard.TypeAsync("Chưa rời ô này", new() { Delay = 30 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem văn bản" }).ClickAsync();
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.EndsWith("/soan", page.Url);
        await Assertions.Expect(row.GetByLabel("Công việc/giải pháp")).ToHaveValueAsync("Chưa rời ô này");
        await page.Context.CloseAsync();
    }

    private static string WordRows(int count) =>
        "<html><body><!--StartFragment--><table class=MsoTableGrid border=1>" +
        string.Concat(Enumerable.Range(0, count).Select(i =>
            $"<tr><td><p class=MsoNormal>{i + 1}<o:p></o:p></p></td><td><p>1.{i + 1}</p></td>" +
            $"<td><p>Điểm yếu {i + 1}</p></td><td><p>Kết quả Word {i + 1}</p></td>" +
            $"<td><p>- Rà soát hồ sơ</p><p>- Bổ sung biên bản {i + 1}</p></td>" +
            $"<td><p>Hiệu trưởng</p></td><td><p>Tháng 10/2022</p></td><td><p>Tháng 12/2022</p></td>" +
            $"<td><p>{i + 1} triệu đồng</p></td><td></td><td><p>Biên bản</p></td><td></td></tr>")) +
        "</table><!--EndFragment--></body></html>";

    private static string ExcelRows(int count) =>
        "Tiêu chí\tKết quả cần đạt\tCông việc/giải pháp\tChủ trì\tThời gian\tKinh phí\r\n" +
        string.Concat(Enumerable.Range(0, count).Select(i =>
            $"2.{i % 3 + 1}\tKết quả Excel {i + 1}\t\"- Việc một\n- Việc hai\"\tTổ trưởng\tTháng 11/2022\t1,5 triệu đồng\r\n"));

    private static Task PasteAsync(IPage page, string? html, string text) => page.EvaluateAsync(
        "([html, text]) => { const dt = new DataTransfer(); if (html) dt.setData('text/html', html); dt.setData('text/plain', text);" +
        " document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
        new[] { html, text });

    [Fact]
    public async Task Blocks_of_rows_copied_from_Word_and_from_Excel_paste_into_rows()
    {
        var page = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        page.Dialog += (_, d) => d.AcceptAsync();
        await NewDraftAsync(page, server.BaseUrl, "2022-2023", 1);
        var editors = page.Locator("section.row-editor");
        await editors.First.GetByLabel("Kết quả cần đạt").ClickAsync();
        await PasteAsync(page, WordRows(5), "1\t1.1\tĐiểm yếu 1");
        await Assertions.Expect(editors).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#paste-status")).ToContainTextAsync("Đã thêm 5 dòng");
        var word = page.Locator("section.row-editor:has([name=TargetResult])").Filter(new() { Has = page.Locator("textarea", new() { HasText = "Kết quả Word 3" }) });
        await Assertions.Expect(word).ToHaveCountAsync(1);
        await Assertions.Expect(word.GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync("1.3");
        await Assertions.Expect(word.GetByLabel("Công việc/giải pháp")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Rà soát hồ sơ[\\s\\S]*Bổ sung biên bản 3"));
        await Assertions.Expect(word).ToContainTextAsync("3.000.000 đồng");

        await editors.Last.GetByLabel("Ghi chú").ClickAsync();
        await PasteAsync(page, null, ExcelRows(5));
        await Assertions.Expect(editors).ToHaveCountAsync(11);
        await Assertions.Expect(page.Locator("#paste-status")).ToContainTextAsync("Đã thêm 5 dòng");
        var excel = editors.Nth(10);
        await Assertions.Expect(excel.GetByLabel("Kết quả cần đạt")).ToHaveValueAsync("Kết quả Excel 5");
        await Assertions.Expect(excel.GetByLabel("Công việc/giải pháp")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Việc một[\\s\\S]*Việc hai"));
        await Assertions.Expect(excel).ToContainTextAsync("1.500.000 đồng");
        await page.ScreenshotAsync(new() { Path = SharedPaths.Artifacts("editor-pasted.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
