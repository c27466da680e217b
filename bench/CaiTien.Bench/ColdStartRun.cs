using System.Diagnostics;
using System.Net;

namespace CaiTien.Bench;

/// <summary>Issue 16: cold start of published apps on an empty database (SQLite, a fresh data folder each start,
/// no demo data) to the first 200 from /healthz/ready, and the process CPU spent by then. Each argument is a
/// published folder, optionally followed by `+NAME=VALUE` environment settings for the variant; the variants take
/// turns, so they meet the same machine load. E.g. `-- cold-start 5 /tmp/plain /tmp/r2r /tmp/r2r +DOTNET_TieredPGO=0`.</summary>
public static class ColdStartRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = int.Parse(args[0]);
        var variants = new List<(string Folder, Dictionary<string, string> Env)>();
        foreach (var arg in args[1..])
        {
            if (arg.StartsWith('+')) { var kv = arg[1..].Split('=', 2); variants[^1].Env[kv[0]] = kv[1]; }
            else variants.Add((arg, new Dictionary<string, string>()));
        }
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var cpu = variants.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < rounds; r++)
            for (var v = 0; v < variants.Count; v++)
            {
                var (w, c) = await StartOnceAsync(variants[v].Folder, variants[v].Env);
                wall[v].Add(w);
                cpu[v].Add(c);
            }
        var baseline = BenchTiming.Median(wall[0]);
        for (var v = 0; v < variants.Count; v++)
        {
            var name = variants[v].Folder + string.Concat(variants[v].Env.Select(e => $" {e.Key}={e.Value}"));
            Console.WriteLine($"  {name,-50} {BenchTiming.Median(wall[v]),6:F0} ms to ready  {BenchTiming.Median(cpu[v]),6:F0} ms CPU   ×{BenchTiming.Median(wall[v]) / baseline:F2}  (median of {rounds})");
        }
        return 0;
    }

    private static async Task<(double Wall, double Cpu)> StartOnceAsync(string folder, Dictionary<string, string> env)
    {
        var data = Directory.CreateTempSubdirectory("caitien-cold-").FullName;
        var url = $"http://127.0.0.1:{FreePortNumber()}";
        var info = new ProcessStartInfo("dotnet", [Path.Combine(folder, "CaiTien.Web.dll"), "--urls", url, $"--CaiTien:DataFolder={data}", "--Serilog:MinimumLevel:Default=Warning"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        foreach (var (k, v) in env) info.Environment[k] = v;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if ((await probe.GetAsync(url + "/healthz/ready")).StatusCode == HttpStatusCode.OK)
                        return (watch.Elapsed.TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
                }
                catch (HttpRequestException) { }
                await Task.Delay(10);
            }
            throw new TimeoutException($"{folder}: not ready within 60 s");
        }
        finally
        {
            process.Kill(true);
            await process.WaitForExitAsync();
            Directory.Delete(data, true);
        }
    }

    private static int FreePortNumber()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
