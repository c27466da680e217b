using System.Diagnostics;
using CaiTien.Testing;
using CaiTien.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaiTien.Bench;

/// <summary>Issue 15: how long the editor of a 60-row plan takes, in Debian's chromium, from navigation until the
/// last row takes a typed character — against the editor of a 1-row plan measured in the same run. The published
/// app runs as its own process on loopback with demo data; the plans are made through the pages (draft, paste).</summary>
public static class EditorOpenRun
{
    private const int Rows = 60;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0]) : 9;
        var dll = Path.Combine(SharedPaths.RepoRoot, "src", "CaiTien.Web", "bin", "Release", "net10.0", "CaiTien.Web.dll");
        if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build -c Release src/CaiTien.Web ({dll})"); return 2; }
        // The built (not published) app finds its scripts and styles in the project's wwwroot.
        var (app, _) = await LoadRun.StartAsync(dll, Directory.CreateTempSubdirectory("caitien-editor-").FullName,
            "--contentRoot", Path.Combine(SharedPaths.RepoRoot, "src", "CaiTien.Web"));
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "vi-VN" });
            context.SetDefaultTimeout(120_000);
            var page = await context.NewPageAsync();
            page.Dialog += (_, d) => d.AcceptAsync();
            await HeadlessChromium.SignInAsync(page, app.BaseUrl, "hieutruong.dinhphuoc");

            var small = await NewDraftAsync(page, app.BaseUrl, "2033-2034");
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm dòng" }).ClickAsync();
            await page.Locator("section.row-editor").First.WaitForAsync();
            var large = await NewDraftAsync(page, app.BaseUrl, "2034-2035");
            await PasteRowsAsync(page, large);

            var one = new List<double>();
            var sixty = new List<double>();
            for (var i = 0; i < runs + 1; i++)
            {
                var a = await OpenAndTypeAsync(page, small, 1);
                var b = await OpenAndTypeAsync(page, large, Rows);
                if (i == 0) continue; // first visit warms the server's views and the browser's cache
                one.Add(a);
                sixty.Add(b);
            }
            var m1 = BenchTiming.Median(one);
            var m60 = BenchTiming.Median(sixty);
            Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
            Console.WriteLine($"editor of a 1-row plan (baseline): median {m1:F0} ms from navigation to a character typed in its row ({runs} runs)");
            foreach (var phase in Phases.TakeLast(4)) Console.WriteLine("  " + phase);
            Console.WriteLine($"editor of a {Rows}-row plan: median {m60:F0} ms to a character typed in row {Rows}; ratio {m60 / m1:F2}× (target ≤ 1,000 ms)");
            return 0;
        }
        finally
        {
            await LoadRun.StopAsync(app);
        }
    }

    private static async Task<string> NewDraftAsync(IPage page, string baseUrl, string year)
    {
        await page.GotoAsync(baseUrl + "/truong");
        await page.GetByLabel("Năm học").FillAsync(year);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch mới" }).ClickAsync();
        await page.WaitForURLAsync("**/soan");
        return page.Url;
    }

    /// <summary>A 60-row block from Excel pasted the way the editor's paste sends it (same handler, same token).</summary>
    private static async Task PasteRowsAsync(IPage page, string editorUrl)
    {
        var block = "Tiêu chí\tKết quả cần đạt\tCông việc/giải pháp\tChủ trì\tThời gian\tKinh phí\n" + string.Concat(Enumerable.Range(0, Rows).Select(i =>
            $"1.{i % 9 + 1}\tĐạt mức 2 dòng {i}\t\"- Rà soát hồ sơ\n- Bổ sung biên bản {i}\"\tTổ trưởng\tTừ tháng 10/2034 đến tháng 5/2035\t{i % 9 + 1},5 triệu đồng\n"));
        var status = await page.EvaluateAsync<int>(@"async ([url, text]) => {
            const token = JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-TOKEN'];
            const r = await fetch(url, { method: 'POST', headers: { 'X-CSRF-TOKEN': token, 'HX-Request': 'true' }, body: new URLSearchParams({ text }) });
            return r.status; }", new object[] { editorUrl + "?handler=Paste", block });
        if (status != 200) throw new InvalidOperationException($"paste answered {status}");
    }

    private static readonly List<string> Phases = [];

    private static async Task<double> OpenAndTypeAsync(IPage page, string url, int rows)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var editors = page.Locator("section.row-editor");
        var last = editors.Nth(rows - 1).Locator("[name=Tasks]");
        await last.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("x");
        await Assertions.Expect(last).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("x$"));
        watch.Stop();
        if (await editors.CountAsync() != rows) throw new InvalidOperationException($"expected {rows} rows");
        Phases.Add($"{rows} rows: " + await page.EvaluateAsync<string>(@"() => { const n = performance.getEntriesByType('navigation')[0];
            return `server ${Math.round(n.responseStart - n.requestStart)} ms, html ${Math.round(n.responseEnd - n.responseStart)} ms, DOMContentLoaded ${Math.round(n.domContentLoadedEventEnd)} ms, load ${Math.round(n.loadEventEnd)} ms, ${Math.round(n.transferSize / 1024)} KB`; }"));
        return watch.Elapsed.TotalMilliseconds;
    }
}
