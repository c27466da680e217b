using System.Text.RegularExpressions;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Issue 10: throughput of a school's public plan page against a static file of the same size served by
/// the same app in the same run (anonymous requests, loopback only, bounded count).</summary>
public static partial class PublicPageRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0]) : 5_000;
        var dll = Path.Combine(SharedPaths.RepoRoot, "src", "CaiTien.Web", "bin", "Release", "net10.0", "CaiTien.Web.dll");
        if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build -c Release src/CaiTien.Web ({dll})"); return 2; }
        var data = Directory.CreateTempSubdirectory("caitien-public-").FullName;
        var webroot = Directory.CreateTempSubdirectory("caitien-webroot-").FullName;
        var (app, _) = await LoadRun.StartAsync(dll, data, "--webroot", webroot);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var index = await client.GetStringAsync("/cong-khai");
            var page = SchoolLink().Match(index).Groups[1].Value;
            if (page.Length == 0) { Console.Error.WriteLine("No published plan in the demo data."); return 1; }
            var bytes = await client.GetByteArrayAsync(page);
            await File.WriteAllBytesAsync(Path.Combine(webroot, "same-size.html"), bytes);

            await LoadRun.Hammer(client, "/same-size.html", 200);
            await LoadRun.Hammer(client, page, 200);
            var staticRate = await LoadRun.Hammer(client, "/same-size.html", requests);
            var pageRate = await LoadRun.Hammer(client, page, requests);
            Console.WriteLine($"static file of {bytes.Length:N0} bytes: {staticRate:F0} req/s (baseline)");
            Console.WriteLine($"public page {page}: {pageRate:F0} req/s, ratio to baseline {pageRate / staticRate:F2}");
            return 0;
        }
        finally
        {
            await LoadRun.StopAsync(app);
        }
    }

    [GeneratedRegex("href=\"(/cong-khai/[A-Za-z0-9]+)\"")]
    private static partial Regex SchoolLink();
}
