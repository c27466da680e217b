using BenchmarkDotNet.Attributes;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Issue 7: importing docx/000.docx (target ≤ 30 ms median) and a generated 200-row plan (≤ 300 ms).
/// Baseline: reading the same plan from its caitien.plan/1 JSON. Peak memory is the `-- import-memory` mode.</summary>
[MemoryDiagnoser, MedianColumn]
public class ImportBench
{
    public const int LargeRows = 200;

    private string _json = "";
    private byte[] _docx000 = [];
    private byte[] _docx200 = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllText(SharedPaths.PlanJson("000"));
        _docx000 = File.ReadAllBytes(SharedPaths.Docx("000"));
        _docx200 = BenchFixtures.SyntheticDocx(LargeRows);
        Expect(Import(_docx000, "000.docx"), rows: null);
        Expect(Import(_docx200, "200.docx"), rows: LargeRows);
    }

    [Benchmark(Baseline = true)]
    public int Json000() => PlanJson.Read(_json).Plan!.Items.Count;

    [Benchmark]
    public int Docx000() => Import(_docx000, "000.docx").Plan!.Items.Count;

    [Benchmark]
    public int Docx200Rows() => Import(_docx200, "200.docx").Plan!.Items.Count;

    private static ImportResult Import(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes, false);
        return PlanImporter.Import(stream, name);
    }

    private static void Expect(ImportResult result, int? rows)
    {
        if (result.Plan is null) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.ToString())));
        if (rows is { } n && result.Plan.Items.Count != n) throw new InvalidOperationException($"imported {result.Plan.Items.Count} rows, expected {n}");
    }
}
