using BenchmarkDotNet.Attributes;
using CaiTien.Checking;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Issue 8: all checker rules on fixture 000 (target ≤ 1 ms median) and on the plans of 1,000 synthetic
/// schools in one process (target ≤ 2 s). Baseline: schema validation of fixture 000 (PlanJson.Validate). The synthetic plans are the three shared fixtures varied per school:
/// other name, number, date, school year, row order and texts, so no two plans share their strings.</summary>
[MemoryDiagnoser, MedianColumn]
public class CheckerBench
{
    public const int SchoolCount = 1000;

    private PlanDocument _fixture000 = null!;
    private List<PlanDocument> _schools = [];

    [GlobalSetup]
    public void Setup()
    {
        _fixture000 = Read("000");
        var templates = SharedPaths.FixtureIds.Select(Read).ToArray();
        _schools = Enumerable.Range(0, SchoolCount).Select(i => Vary(templates[i % templates.Length], i)).ToList();
        PlanChecker.Check(_fixture000);
    }

    [Benchmark(Baseline = true)]
    public int Validate000() => PlanJson.Validate(_fixture000).Count;

    [Benchmark]
    public int Fixture000() => PlanChecker.Check(_fixture000).Count;

    [Benchmark]
    public int ThousandSchools()
    {
        var total = 0;
        foreach (var plan in _schools) total += PlanChecker.Check(plan).Count;
        return total;
    }

    private static PlanDocument Read(string id)
    {
        var result = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson(id)));
        return result.Plan ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>School <paramref name="n"/>'s plan: the template with its own name, number, year and wording.</summary>
    private static PlanDocument Vary(PlanDocument template, int n)
    {
        var shift = n % 4;
        var random = new Random(n);
        string Mark(string? text) => text is null ? null! : $"{text} (trường số {n})";
        string? Month(string? yyyyMm) => yyyyMm is null ? null : $"{int.Parse(yyyyMm[..4]) + shift}{yyyyMm[4..]}";
        var items = template.Items
            .Select(item => item with
            {
                TargetResult = item.TargetResult is null ? null : Mark(item.TargetResult),
                Tasks = item.Tasks is null ? null : Mark(item.Tasks),
                Start = Month(item.Start),
                End = Month(item.End),
            })
            .OrderBy(_ => random.Next())
            .ToList();
        var first = int.Parse(template.SchoolYear[..4]) + shift;
        return template with
        {
            School = template.School with { Name = $"Trường Tiểu học Số {n}" },
            SchoolYear = $"{first}-{first + 1}",
            DocumentNumber = $"{n + 1}/KH-TH{n}",
            IssuedOn = template.IssuedOn?.AddYears(shift).AddDays(n % 20),
            Purposes = template.Purposes.Select(Mark).ToList(),
            Items = items,
        };
    }
}
