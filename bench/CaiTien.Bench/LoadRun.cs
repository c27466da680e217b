using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CaiTien.Data;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Load script for what BenchmarkDotNet cannot measure: cold start of the published app to its first
/// 200, and resident memory after 10,000 plan-page requests. Throughput of the plan page is reported as a
/// ratio against the JSON endpoint for the same plan, measured in the same run. Loopback only, bounded.</summary>
public static partial class LoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var dll = Path.Combine(SharedPaths.RepoRoot, "src", "CaiTien.Web", "bin", "Release", "net10.0", "CaiTien.Web.dll");
        if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build -c Release src/CaiTien.Web ({dll})"); return 2; }
        var data = Directory.CreateTempSubdirectory("caitien-load-").FullName;

        var (fresh, firstStart) = await StartAsync(dll, data);
        await StopAsync(fresh);
        var (app, warmStart) = await StartAsync(dll, data);
        try
        {
            var baseUrl = app.BaseUrl;
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
            await SignInAsync(client);
            var home = await client.GetStringAsync("/truong");
            var planUrl = PlanLink().Match(home).Groups[1].Value;
            var jsonUrl = planUrl.Replace("/ke-hoach/", "/api/plans/");

            var json = await Hammer(client, jsonUrl, requests);
            var page = await Hammer(client, planUrl, requests);
            var rssMb = ReadRssMb(app.Process.Id);
            Console.WriteLine($"cold start, fresh database with demo seeding: {firstStart.TotalMilliseconds:F0} ms to first 200");
            Console.WriteLine($"cold start, existing database: {warmStart.TotalMilliseconds:F0} ms to first 200");
            Console.WriteLine($"JSON endpoint {jsonUrl}: {json:F0} req/s (baseline)");
            Console.WriteLine($"plan page {planUrl}: {page:F0} req/s, ratio to baseline {page / json:F2}");
            Console.WriteLine($"RSS after {2 * requests:N0} requests: {rssMb:F0} MB");
            return 0;
        }
        finally
        {
            await StopAsync(app);
        }
    }

    internal sealed record RunningApp(Process Process, string BaseUrl);

    internal static async Task<(RunningApp App, TimeSpan ToFirst200)> StartAsync(string dll, string data, params string[] extraArgs)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var watch = Stopwatch.StartNew();
        var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--demo", "--urls", url, $"--CaiTien:DataFolder={data}", "--Serilog:MinimumLevel:Default=Warning", .. extraArgs])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        using var probe = new HttpClient();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await probe.GetAsync(url + "/dang-nhap")).StatusCode == HttpStatusCode.OK) return (new RunningApp(process, url), watch.Elapsed);
            }
            catch (HttpRequestException) { }
            await Task.Delay(20);
        }
        process.Kill(true);
        throw new TimeoutException("app did not answer within 60 s");
    }

    internal static async Task StopAsync(RunningApp app)
    {
        app.Process.Kill(true);
        await app.Process.WaitForExitAsync();
    }

    internal static async Task<double> Hammer(HttpClient client, string url, int count)
    {
        var next = 0;
        var watch = Stopwatch.StartNew();
        async Task Worker()
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                using var r = await client.GetAsync(url);
                if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {r.StatusCode}");
                await r.Content.CopyToAsync(Stream.Null);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Worker()));
        return count / watch.Elapsed.TotalSeconds;
    }

    internal static async Task SignInAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/dang-nhap");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "hieutruong.dinhphuoc", ["Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
        }));
    }

    private static double ReadRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/ke-hoach/[0-9]+)\"")]
    internal static partial Regex PlanLink();
}
