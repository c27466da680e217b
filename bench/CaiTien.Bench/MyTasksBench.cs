using BenchmarkDotNet.Attributes;
using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Bench;

/// <summary>Issue 9: "Việc của tôi" for a user in a 60-row issued plan (target ≤ 5 ms): the use case on SQLite, and
/// the whole page through the app.</summary>
[MemoryDiagnoser]
public class MyTasksBench
{
    private InProcessApp _app = null!;
    private HttpClient _client = null!;
    private IServiceScope _scope = null!;
    private CaiTienDb _db = null!;
    private CurrentUser _user = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("giaovien.dinhphuoc");
        _scope = _app.Services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var school = await _db.Schools.SingleAsync(s => s.Code == "THDP");
        var framework = FrameworkRegistry.Default.ForLevel(school.Level, "2018")!;
        var doc = SyntheticPlans.Create(framework, school.Name, school.Level, "2025-2026", 60, 11);
        var imported = await ImportPlan.RunAsync(_db, school.Id, doc, replace: false, TimeProvider.System);
        if (!imported.Ok) throw new InvalidOperationException("bench plan import failed");
        var principal = await _db.Users.AsNoTracking().SingleAsync(u => u.UserName == "hieutruong.dinhphuoc");
        var planId = await _db.Plans.Where(p => p.SchoolId == school.Id && p.SchoolYear == "2025-2026").Select(p => p.Id).SingleAsync();
        var error = await IssuePlan.RunAsync(_db, new CurrentUser(principal.Id, principal.FullName, principal.Role, principal.SchoolId, null, null), planId, TimeProvider.System);
        if (error is not null) throw new InvalidOperationException(error);
        var teacher = await _db.Users.AsNoTracking().SingleAsync(u => u.UserName == "giaovien.dinhphuoc");
        _user = new CurrentUser(teacher.Id, teacher.FullName, teacher.Role, teacher.SchoolId, null, null);
        _db.ChangeTracker.Clear();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _app.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> FindMyTasksUseCase() => (await FindMyTasks.RunAsync(_db, _user, TimeProvider.System)).Tasks.Count;

    [Benchmark]
    public async Task<int> MyTasksPage() => (await _client.GetByteArrayAsync("/viec-cua-toi")).Length;
}
