using BenchmarkDotNet.Attributes;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;

namespace CaiTien.Bench;

/// <summary>Issue 6: DOCX, XLSX and PDF of fixture 000 (targets ≤ 20 ms DOCX and XLSX, ≤ 5 MB allocated per DOCX).
/// Baseline: writing the same plan as caitien.plan/1 JSON. The soffice comparison is the `-- soffice` mode.</summary>
[MemoryDiagnoser, MedianColumn]
public class DocumentsBench
{
    private PlanDocument _plan = null!;
    private DocumentOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plan = BenchFixtures.Plan("000");
        _options = RenderPlan.OptionsFor(_plan);
    }

    [Benchmark(Baseline = true)]
    public long Json()
    {
        using var output = new MemoryStream();
        PlanJson.Write(_plan, output);
        return output.Length;
    }

    /// <summary>The letter model the DOCX and PDF writers both draw: shows how much of their time is layout-free.</summary>
    [Benchmark]
    public int Letter() => PlanLetterBuilder.Build(_plan, _options, new List<string>()).Sections.Count;

    [Benchmark]
    public long Docx()
    {
        using var output = new MemoryStream();
        PlanDocxWriter.Write(_plan, output, _options);
        return output.Length;
    }

    [Benchmark]
    public long Xlsx()
    {
        using var output = new MemoryStream();
        PlanXlsxWriter.Write(_plan, output, _options);
        return output.Length;
    }

    [Benchmark]
    public long Pdf()
    {
        using var output = new MemoryStream();
        PlanPdfWriter.Write(_plan, output, _options);
        return output.Length;
    }
}
