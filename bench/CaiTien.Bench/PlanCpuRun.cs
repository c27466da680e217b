using System.Diagnostics;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Bench;

/// <summary>Issue 16: CPU and managed allocation per plan-page request (fixture 000, 17 rows), signed in, one request
/// at a time through the in-process server. Two apps in the same run: the app as it is, and the same app with
/// Identity's stock cookie check (which rebuilds the principal and re-issues the cookie on every request); the JSON
/// endpoint of the same plan is the baseline. Process CPU includes the in-process client, the same on every side.</summary>
public static class PlanCpuRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
        if (args.Contains("--profile")) return await ProfileAsync(requests);
        using var current = new InProcessApp();
        using var stock = new InProcessApp
        {
            Customize = b => b.ConfigureServices(s => s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
                o => o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync)),
        };
        var sides = new List<(string Name, HttpClient Client, string Url)>();
        foreach (var (name, app) in new[] { ("stock cookie check", stock), ("current", current) })
        {
            var client = await app.SignedInAsync("hieutruong.dinhphuoc");
            var id = await app.PlanIdAsync("THDP");
            sides.Add(($"JSON /api/plans, {name}", client, $"/api/plans/{id}"));
            sides.Add(($"plan page, {name}", client, $"/ke-hoach/{id}"));
        }
        var cpu = sides.Select(_ => new List<double>()).ToArray();
        var bytes = sides.Select(_ => new List<double>()).ToArray();
        foreach (var (_, client, url) in sides) for (var i = 0; i < 200; i++) await Get(client, url);
        var round = Math.Max(1, requests / 10);
        for (var r = 0; r < 10; r++)
            for (var s = 0; s < sides.Count; s++)
            {
                var (_, client, url) = sides[s];
                var (cpu0, alloc0) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(true));
                for (var i = 0; i < round; i++) await Get(client, url);
                cpu[s].Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / round);
                bytes[s].Add((GC.GetTotalAllocatedBytes(true) - alloc0) / (double)round);
            }
        var json = BenchTiming.Median(cpu[2]);
        Console.WriteLine($"CPU and allocation per request, median of 10 rounds of {round}:");
        for (var s = 0; s < sides.Count; s++)
            Console.WriteLine($"  {sides[s].Name,-40} {BenchTiming.Median(cpu[s]),6:F2} ms CPU  {BenchTiming.Median(bytes[s]) / 1024,7:F0} KB   ×{BenchTiming.Median(cpu[s]) / json:F2} of the current JSON");
        Console.WriteLine($"  plan page, current / stock cookie check: ×{BenchTiming.Median(cpu[3]) / BenchTiming.Median(cpu[1]):F2} CPU");
        return 0;
    }

    /// <summary>Only the current plan page, for a profiler attached with `dotnet-trace collect -- …`.</summary>
    private static async Task<int> ProfileAsync(int requests)
    {
        using var app = new InProcessApp();
        var client = await app.SignedInAsync("hieutruong.dinhphuoc");
        var url = $"/ke-hoach/{await app.PlanIdAsync("THDP")}";
        for (var i = 0; i < requests; i++) await Get(client, url);
        return 0;
    }

    private static async Task Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        await response.Content.CopyToAsync(Stream.Null);
    }
}
