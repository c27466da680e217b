using BenchmarkDotNet.Attributes;

namespace CaiTien.Bench;

/// <summary>Issue 3: the plan page of fixture 000 against a bare JSON endpoint returning the same plan.</summary>
[MemoryDiagnoser, MedianColumn]
public class PlanPageBench
{
    private InProcessApp _app = null!;
    private HttpClient _client = null!;
    private string _page = "";
    private string _json = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("hieutruong.dinhphuoc");
        var id = await _app.PlanIdAsync("THDP");
        _page = $"/ke-hoach/{id}";
        _json = $"/api/plans/{id}";
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> PlanJson() => (await _client.GetByteArrayAsync(_json)).Length;

    [Benchmark]
    public async Task<int> PlanPage() => (await _client.GetByteArrayAsync(_page)).Length;
}
