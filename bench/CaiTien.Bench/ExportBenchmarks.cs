using BenchmarkDotNet.Attributes;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;

namespace CaiTien.Bench;

/// <summary>Time and allocated memory of one export of fixture 000 (17 rows).</summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class ExportBenchmarks
{
    private PlanDocument _plan = null!;

    [GlobalSetup]
    public void Setup() => _plan = ExportFixtures.Plan("000");

    [Benchmark]
    public long Docx()
    {
        using var stream = new MemoryStream();
        PlanDocxWriter.Write(_plan, stream);
        return stream.Length;
    }

    [Benchmark]
    public long Xlsx()
    {
        using var stream = new MemoryStream();
        PlanXlsxWriter.Write(_plan, stream);
        return stream.Length;
    }

    [Benchmark]
    public long Pdf()
    {
        using var stream = new MemoryStream();
        PlanPdfWriter.Write(_plan, stream);
        return stream.Length;
    }
}
