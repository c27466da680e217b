using System.Diagnostics;
using CaiTien.Catalogs;
using CaiTien.Checking;

namespace CaiTien.Bench;

/// <summary>`-- checker-rules [iterations]`: where the checker's time goes on fixture 000. Each rule runs alone on
/// a fresh <see cref="CheckContext"/> (so no rule profits from caches another filled); the context's own cost
/// is measured first and subtracted. Prints median microseconds per rule, slowest first.</summary>
public static class CheckerRulesRun
{
    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0]) : 200;
        var plan = BenchFixtures.Plan("000");
        var registry = FrameworkRegistry.Default;
        var legal = LegalDocumentCatalog.Default;
        for (var i = 0; i < 20; i++) PlanChecker.Check(plan);

        var contextOnly = Median(iterations, () => new CheckContext(plan, registry, legal));
        var whole = Median(iterations, () => PlanChecker.Check(plan));
        var perRule = PlanChecker.Rules
            .Select(rule => (Name: rule.GetType().Name, Us: Median(iterations, () => rule.Run(new CheckContext(plan, registry, legal)).ToList()) - contextOnly))
            .OrderByDescending(r => r.Us).ToList();
        Console.WriteLine($"PlanChecker.Check(000): median {whole:F0} µs; new CheckContext: {contextOnly:F0} µs; {iterations} iterations each");
        foreach (var (name, us) in perRule) Console.WriteLine($"  {us,9:F1} µs  {name}");
        return 0;
    }

    private static double Median(int iterations, Action action)
    {
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMicroseconds;
        }
        Array.Sort(times);
        return times[iterations / 2];
    }
}
