using BenchmarkDotNet.Attributes;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Oversight;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Bench;

/// <summary>Issue 10: district dashboard with 300 schools × 20 rows on SQLite (target ≤ 50 ms), province dashboard
/// with 5,000 schools × 20 rows on PostgreSQL (target ≤ 300 ms; needs CAITIEN_BENCH_POSTGRES, a server connection
/// string without database). Each operation uses a fresh context, as a request would.</summary>
[MemoryDiagnoser]
public class DashboardBench
{
    private static readonly DateOnly Today = new(2025, 3, 15);
    private string _sqlite = "";
    private string? _postgres;
    private CurrentUser _districtOfficer = null!;
    private CurrentUser _provinceOfficer = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _sqlite = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("caitien-dash-").FullName, "bench.db")}";
        await using (var db = Database.Create(DatabaseProvider.Sqlite, _sqlite))
        {
            await db.Database.MigrateAsync();
            var seeded = await DashboardData.SeedAsync(db, districts: 1, schoolsPerDistrict: 300, rowsPerPlan: 20);
            _districtOfficer = new CurrentUser("bench", "bench", Roles.DistrictOfficer, null, seeded.DistrictIds[0], null);
        }
        var server = Environment.GetEnvironmentVariable("CAITIEN_BENCH_POSTGRES");
        if (server is null) return;
        _postgres = $"{server};Database=caitien_bench_{Guid.NewGuid().ToString("N")[..8]}";
        await using var pg = Database.Create(DatabaseProvider.Postgres, _postgres);
        await pg.Database.MigrateAsync();
        var province = await DashboardData.SeedAsync(pg, districts: 25, schoolsPerDistrict: 200, rowsPerPlan: 20);
        _provinceOfficer = new CurrentUser("bench", "bench", Roles.ProvinceOfficer, null, null, province.ProvinceId);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_postgres is null) return;
        await using var pg = Database.Create(DatabaseProvider.Postgres, _postgres);
        await pg.Database.EnsureDeletedAsync();
    }

    [Benchmark]
    public async Task<int> District300SchoolsSqlite()
    {
        await using var db = Database.Create(DatabaseProvider.Sqlite, _sqlite);
        var result = await DistrictDashboard.LoadAsync(db, _districtOfficer, null, new DistrictDashboard.Filter(DashboardData.Year), Today);
        return result!.Schools.Count;
    }

    [Benchmark]
    public async Task<int> Province5000SchoolsPostgres()
    {
        if (_postgres is null) return 0;
        await using var db = Database.Create(DatabaseProvider.Postgres, _postgres);
        var result = await ProvinceDashboard.LoadAsync(db, _provinceOfficer, null, DashboardData.Year, Today);
        return result!.Districts.Count;
    }
}
