using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Oversight;
using Microsoft.EntityFrameworkCore;
using static CaiTien.Bench.BenchTiming;

namespace CaiTien.Bench;

/// <summary>Where the province dashboard's time goes, step by step, on the province kept by
/// `CAITIEN_BENCH_KEEP=1 … -- dashboard` (caitien_bench_province); each step with a fresh context, median of runs.</summary>
public static class DashboardStepsRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 15;
        var server = Environment.GetEnvironmentVariable("CAITIEN_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("CAITIEN_BENCH_POSTGRES is not set");
        var connection = $"{server};Database=caitien_bench_province";
        int province;
        await using (var db = Database.Create(DatabaseProvider.Postgres, connection))
            province = await db.Provinces.Where(p => p.Code.StartsWith("B")).Select(p => p.Id).FirstAsync();
        var user = new CurrentUser("bench", "bench", Roles.ProvinceOfficer, null, null, province);
        var today = new DateOnly(2025, 3, 15);

        async Task<(CaiTienDb Db, SupervisedSchools Schools)> Supervised()
        {
            var db = Database.Create(DatabaseProvider.Postgres, connection);
            var units = await db.Districts.AsNoTracking().Where(d => d.ProvinceId == province).Select(d => d.Id).ToListAsync();
            return (db, await SupervisedSchools.LoadAsync(db, db.Schools.VisibleTo(user), units));
        }
        var steps = new (string Name, Func<Task> Run)[]
        {
            ("list the schools (baseline)", async () =>
            {
                await using var db = Database.Create(DatabaseProvider.Postgres, connection);
                await db.Schools.AsNoTracking().Where(s => s.District!.ProvinceId == province).OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync();
            }),
            ("units + schools + supervision history", async () => { var (db, _) = await Supervised(); await db.DisposeAsync(); }),
            ("  + years with plans", async () => { var (db, s) = await Supervised(); await s.YearsWithPlansAsync(db.Plans); await db.DisposeAsync(); }),
            ("  + school lines of the year", async () => { var (db, s) = await Supervised(); await OversightFigures.SchoolsAsync(db, s, DashboardData.Year, today); await db.DisposeAsync(); }),
            ("whole dashboard", async () =>
            {
                await using var db = Database.Create(DatabaseProvider.Postgres, connection);
                await ProvinceDashboard.LoadAsync(db, user, null, DashboardData.Year, today);
            }),
        };
        foreach (var step in steps) for (var i = 0; i < 3; i++) await step.Run();
        var times = steps.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < runs; i++)
            for (var s = 0; s < steps.Length; s++) times[s].Add(await TimeAsync(steps[s].Run));
        var baseline = Median(times[0]);
        for (var s = 0; s < steps.Length; s++)
            Console.WriteLine($"  {steps[s].Name,-40} {Median(times[s]),8:F1} ms   ×{Median(times[s]) / baseline:F1}");
        return 0;
    }
}
