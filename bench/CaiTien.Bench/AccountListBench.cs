using BenchmarkDotNet.Attributes;
using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Bench;

/// <summary>Issue 14: the account list page (/quan-tri/tai-khoan) of the administrator with 5,000 accounts, first
/// page and a search (target ≤ 50 ms server time), against the "Đổi mật khẩu" page of the same signed-in user as
/// the baseline (a page with no query beyond the per-request account check).</summary>
[MemoryDiagnoser, MedianColumn]
public class AccountListBench
{
    public const int Accounts = 5000;

    private InProcessApp _app = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("admin");
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var schools = await db.Schools.Select(s => s.Id).ToListAsync();
        string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"];
        for (var i = 0; i < Accounts; i++)
        {
            var name = $"gv{i:D5}.bench";
            db.Users.Add(new AppUser
            {
                UserName = name, NormalizedUserName = name.ToUpperInvariant(), Email = name + "@truong.test", NormalizedEmail = (name + "@truong.test").ToUpperInvariant(),
                FullName = $"{family[i % family.Length]} Thị Giáo Viên {i}", Role = Roles.Staff, SchoolId = schools[i % schools.Count],
                SecurityStamp = Guid.NewGuid().ToString(), PasswordHash = "x",
            });
        }
        await db.SaveChangesAsync();
        await AccountList();
        await AccountSearch();
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> ChangePasswordPage() => (await _client.GetByteArrayAsync("/doi-mat-khau")).Length;

    [Benchmark]
    public async Task<int> AccountList() => (await _client.GetByteArrayAsync("/quan-tri/tai-khoan?trang=40")).Length;

    [Benchmark]
    public async Task<int> AccountSearch() => (await _client.GetByteArrayAsync("/quan-tri/tai-khoan?q=gv0421")).Length;
}
