using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace CaiTien.Bench;

/// <summary>Issue 4: saving one row (htmx post + partial render) on a 60-row draft (target ≤ 10 ms median), the
/// full editor page and the plan page for 60 rows (≤ 15 ms). Baseline: the JSON endpoint of the same plan.</summary>
[MemoryDiagnoser, MedianColumn]
public partial class AuthoringBench
{
    public const int Rows = 60;

    private InProcessApp _app = null!;
    private HttpClient _client = null!;
    private string _json = "", _page = "", _editor = "", _saveRow = "";
    private string _rowId = "";
    private string _version = "";
    private string _criterion = "";
    private int _saves;
    private string _paste = "", _pasteBlock = "";
    private int _pastePlan;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("hieutruong.nguyenbangoc");
        var id = await _app.ImportSyntheticPlanAsync("NBN", "2030-2031", Rows, seed: Rows);
        _json = $"/api/plans/{id}";
        _page = $"/ke-hoach/{id}";
        _editor = $"/ke-hoach/{id}/soan";
        _saveRow = $"/ke-hoach/{id}/soan?handler=Row";

        var html = await _client.GetStringAsync(_editor);
        _client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", InProcessApp.HtmxToken(html));
        _client.DefaultRequestHeaders.Add("HX-Request", "true");
        var middle = RowForm().Matches(html)[Rows / 2];
        _rowId = middle.Groups["row"].Value;
        _version = middle.Groups["version"].Value;
        _criterion = WebUtility.HtmlDecode(Criterion().Match(html, middle.Index).Groups[1].Value);
        if (RowForm().Matches(html).Count != Rows) throw new InvalidOperationException("editor does not show every row");
        await SaveRow();

        _pastePlan = await _app.ImportSyntheticPlanAsync("THDP", "2031-2032", 1, seed: 1);
        _paste = $"/ke-hoach/{_pastePlan}/soan?handler=Paste";
        _pasteBlock = "Tiêu chí\tKết quả cần đạt\tCông việc/giải pháp\tChủ trì\tThời gian\tKinh phí\n" + string.Concat(Enumerable.Range(0, Rows).Select(i =>
            $"1.{i % 9 + 1}\tĐạt mức 2 dòng {i}\t\"- Rà soát hồ sơ\n- Bổ sung biên bản {i}\"\tTổ trưởng\tTừ tháng 10/2031 đến tháng 5/2032\t{i % 9 + 1},5 triệu đồng\n"));
        _pasteClient = await _app.SignedInAsync("hieutruong.dinhphuoc");
        _pasteClient.DefaultRequestHeaders.Add("X-CSRF-TOKEN", InProcessApp.HtmxToken(await _pasteClient.GetStringAsync($"/ke-hoach/{_pastePlan}/soan")));
        await Paste60Rows();
    }

    private HttpClient _pasteClient = null!;

    /// <summary>A 60-row block copied from Excel pasted into a one-row draft (read, inserted, list rendered); the
    /// pasted rows are deleted again after each paste, inside the measured time.</summary>
    [Benchmark]
    public async Task<int> Paste60Rows()
    {
        using var response = await _pasteClient.PostAsync(_paste, new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = _pasteBlock }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"paste: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        if (await _app.TrimRowsAsync(_pastePlan, 1) != Rows) throw new InvalidOperationException("paste did not add 60 rows");
        return body.Length;
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> PlanJson() => (await _client.GetByteArrayAsync(_json)).Length;

    [Benchmark]
    public async Task<int> EditorPage() => (await _client.GetByteArrayAsync(_editor)).Length;

    [Benchmark]
    public async Task<int> PlanPage() => (await _client.GetByteArrayAsync(_page)).Length;

    /// <summary>One autosave of a row: new wording every time, the version taken from the previous answer.</summary>
    [Benchmark]
    public async Task<int> SaveRow()
    {
        var n = ++_saves;
        using var response = await _client.PostAsync(_saveRow, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["rowId"] = _rowId,
            ["version"] = _version,
            ["Criterion"] = _criterion,
            ["TargetResult"] = $"Tiêu chí đạt Mức 2 vào cuối năm học (lần sửa {n}).",
            ["Lead"] = n % 2 == 0 ? "Hiệu trưởng" : "Phó Hiệu trưởng",
            ["TimeText"] = $"Từ tháng 9/2030 đến tháng {1 + n % 5}/2031",
            ["BudgetText"] = $"{n % 9 + 1}.000.000 đồng",
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"save row: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        _version = Version().Match(body).Groups[1].Value;
        return body.Length;
    }

    [GeneratedRegex("name=\"rowId\" value=\"(?<row>[0-9]+)\" />\\s*<input type=\"hidden\" name=\"version\" value=\"(?<version>[0-9]+)\"")]
    private static partial Regex RowForm();

    [GeneratedRegex("name=\"Criterion\" value=\"([^\"]+)\"")]
    private static partial Regex Criterion();

    [GeneratedRegex("name=\"version\" value=\"([0-9]+)\"")]
    private static partial Regex Version();
}
