using BenchmarkDotNet.Attributes;

namespace CaiTien.Bench;

/// <summary>Issue 5: the self-assessment summary page of a fully rated TT17 school, in-process (target ≤ 10 ms).
/// Baseline: the bare JSON endpoint of the same school's plan, same host, same run.</summary>
[MemoryDiagnoser, MedianColumn]
public class SelfAssessmentPageBench
{
    public const string Year = "2024-2025";

    private InProcessApp _app = null!;
    private HttpClient _client = null!;
    private string _summary = "", _json = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("hieutruong.nguyenbangoc");
        await _app.SeedSelfAssessmentAsync("NBN", Year);
        _summary = $"/tu-danh-gia/{Year}";
        _json = $"/api/plans/{await _app.PlanIdAsync("NBN")}";
        var html = await _client.GetStringAsync(_summary);
        if (!html.Contains("data-school-level", StringComparison.Ordinal)) throw new InvalidOperationException("summary page shows no school level");
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> PlanJson() => (await _client.GetByteArrayAsync(_json)).Length;

    [Benchmark]
    public async Task<int> SummaryPage() => (await _client.GetByteArrayAsync(_summary)).Length;
}
