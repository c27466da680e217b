using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Oversight;
using Microsoft.EntityFrameworkCore;
using static CaiTien.Bench.BenchTiming;

namespace CaiTien.Bench;

/// <summary>Issue 16: the dashboards read each plan's kept figures, so their time should follow the number of
/// schools, not of rows. District: 300 schools × 20 rows on SQLite (target ≤ 30 ms); province: 5,000 schools × 20 rows
/// on PostgreSQL (target ≤ 100 ms; needs CAITIEN_BENCH_POSTGRES, a server connection string without database).
/// Baseline in the same run: listing the same schools (code and name), a fresh context each time as in a request.</summary>
public static class DashboardScaleRun
{
    private static readonly DateOnly Today = new(2025, 3, 15);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 15;
        var sqlite = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("caitien-dash-").FullName, "bench.db")}";
        await MeasureAsync("district, 300 schools × 20 rows, SQLite", DatabaseProvider.Sqlite, sqlite, 1, 300, runs);
        var server = Environment.GetEnvironmentVariable("CAITIEN_BENCH_POSTGRES");
        if (server is null)
        {
            Console.WriteLine("province: CAITIEN_BENCH_POSTGRES not set, skipped");
            return 0;
        }
        // CAITIEN_BENCH_KEEP=1 keeps the seeded province in caitien_bench_province and reuses it on the next run.
        var keep = Environment.GetEnvironmentVariable("CAITIEN_BENCH_KEEP") == "1";
        var postgres = $"{server};Database=caitien_bench_{(keep ? "province" : Guid.NewGuid().ToString("N")[..8])}";
        try { await MeasureAsync("province, 5,000 schools × 20 rows, PostgreSQL", DatabaseProvider.Postgres, postgres, 25, 200, runs); }
        finally
        {
            if (!keep)
            {
                await using var pg = Database.Create(DatabaseProvider.Postgres, postgres);
                await pg.Database.EnsureDeletedAsync();
            }
        }
        return 0;
    }

    private static async Task MeasureAsync(string name, DatabaseProvider provider, string connection, int districts, int schoolsPerDistrict, int runs)
    {
        DashboardData.Seeded? seeded = null;
        await using (var db = Database.Create(provider, connection))
        {
            await db.Database.MigrateAsync();
            var existing = await db.Provinces.Where(p => p.Code.StartsWith("B")).Select(p => p.Id).FirstOrDefaultAsync();
            if (existing != 0)
            {
                var ids = await db.Districts.Where(d => d.ProvinceId == existing).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
                seeded = new DashboardData.Seeded(existing, ids);
            }
            var seconds = seeded is not null ? 0 : await TimeAsync(async () => seeded = await DashboardData.SeedAsync(db, districts, schoolsPerDistrict, rowsPerPlan: 20)) / 1000;
            var stored = await PlanFiguresFill.StoreMissingAsync(db);
            if (provider == DatabaseProvider.Postgres) await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"{name}: seeded in {seconds:F1} s ({stored} plans lacked figures after the seed)");
        }
        var province = seeded!.ProvinceId;
        var district = seeded.DistrictIds[0];
        var user = districts == 1
            ? new CurrentUser("bench", "bench", Roles.DistrictOfficer, null, district, null)
            : new CurrentUser("bench", "bench", Roles.ProvinceOfficer, null, null, province);

        async Task<int> Dashboard()
        {
            await using var db = Database.Create(provider, connection);
            return districts == 1
                ? (await DistrictDashboard.LoadAsync(db, user, null, new DistrictDashboard.Filter(DashboardData.Year), Today))!.Schools.Count
                : (await ProvinceDashboard.LoadAsync(db, user, null, DashboardData.Year, Today))!.Districts.Sum(d => d.Schools);
        }
        async Task<int> ListSchools()
        {
            await using var db = Database.Create(provider, connection);
            return (await db.Schools.AsNoTracking().Where(s => s.District!.ProvinceId == province)
                .OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync()).Count;
        }

        var expected = districts * schoolsPerDistrict;
        for (var i = 0; i < 3; i++)
        {
            if (await Dashboard() != expected || await ListSchools() != expected)
                throw new InvalidOperationException($"{name}: the dashboard or the list does not show {expected} schools");
        }
        var (dashboard, baseline) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            baseline.Add(await TimeAsync(ListSchools));
            dashboard.Add(await TimeAsync(Dashboard));
        }
        var (d, b) = (Median(dashboard), Median(baseline));
        Console.WriteLine($"  list the {expected:N0} schools (baseline) {b,8:F1} ms");
        Console.WriteLine($"  dashboard                        {d,8:F1} ms   ×{d / b:F1}   (median of {runs})");
    }
}
