using System.Diagnostics;
using System.Net;

namespace CaiTien.Bench;

/// <summary>Issue 16: latency of the plan page through nginx with many open connections, against /healthz/live (nginx
/// and the app, no database, no page) at the same connections in the same run. Run by bench/proxy-load.sh, which
/// starts PostgreSQL, two published nodes and nginx as deploy/smoke.sh does. Each connection sends a request, reads
/// the answer, waits the pause (a person reading; 0 = as fast as possible) and sends the next.</summary>
public static class ProxyLoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args[0].TrimEnd('/');
        var connections = args.Length > 1 ? int.Parse(args[1]) : 200;
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var pauses = args.Length > 3 ? args[3].Split(',').Select(int.Parse).ToArray() : [0];

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true }, // the smoke run's self-signed certificate
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        await LoadRun.SignInAsync(client);
        var planUrl = LoadRun.PlanLink().Match(await client.GetStringAsync("/truong")).Groups[1].Value;
        if (planUrl.Length == 0) throw new InvalidOperationException("sign-in failed: no plan link on /truong");

        Console.WriteLine($"{connections} connections through {baseUrl}, {seconds:F0} s per side; p50 / p99 / max latency, requests per second, errors:");
        foreach (var pause in pauses)
        {
            // Warm-up opens every connection (TLS handshakes) and compiles what the first requests compile.
            await RunAsync(client, "/healthz/live", connections, 3, pause);
            await RunAsync(client, planUrl, connections, 3, pause);
            var live = await RunAsync(client, "/healthz/live", connections, seconds, pause);
            var page = await RunAsync(client, planUrl, connections, seconds, pause);
            Console.WriteLine($"  pause {pause} ms between a connection's requests:");
            Console.WriteLine($"    /healthz/live (baseline) {live}");
            Console.WriteLine($"    plan page {planUrl,-15} {page}");
            Console.WriteLine($"    plan page p99 / baseline p99: ×{page.P99 / Math.Max(1, live.P99):F2}");
        }
        return 0;
    }

    private sealed record Side(double P50, double P99, double Max, double PerSecond, double NodeCpuMs, IReadOnlyDictionary<string, int> Errors)
    {
        public override string ToString() => $"{P50,6:F0} / {P99,6:F0} / {Max,6:F0} ms  {PerSecond,7:F0} req/s"
            + (NodeCpuMs > 0 ? $"  {NodeCpuMs,5:F2} ms node CPU per request" : "") + $"  {Errors.Values.Sum()} errors"
            + string.Concat(Errors.OrderByDescending(e => e.Value).Take(3).Select(e => $" [{e.Value}× {e.Key}]"));
    }

    /// <summary>CPU time of the app nodes (CAITIEN_NODE_PIDS, set by deploy/smoke.sh), from /proc: user + system.</summary>
    private static double NodesCpuMs()
    {
        var pids = Environment.GetEnvironmentVariable("CAITIEN_NODE_PIDS");
        if (string.IsNullOrEmpty(pids)) return 0;
        var ticks = 0L;
        foreach (var pid in pids.Split(','))
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime (fields 14 and 15 of the line)
        }
        return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    private static async Task<Side> RunAsync(HttpClient client, string url, int connections, double seconds, int pause)
    {
        var latencies = new List<double>[connections];
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        void Error(string kind) => errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        var cpuBefore = NodesCpuMs();
        var stop = Stopwatch.StartNew();
        async Task Connection(int i)
        {
            latencies[i] = [];
            // Connections start spread over the first pause, as people arrive, not in one burst.
            if (pause > 0) await Task.Delay(Random.Shared.Next(pause));
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await response.Content.CopyToAsync(Stream.Null);
                    if (response.StatusCode != HttpStatusCode.OK) Error($"HTTP {(int)response.StatusCode}");
                }
                catch (HttpRequestException ex) { Error(ex.GetBaseException().Message); }
                catch (TaskCanceledException) { Error("timeout"); }
                latencies[i].Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (pause > 0) await Task.Delay(pause);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => Connection(i))));
        var all = latencies.SelectMany(l => l).Order().ToList();
        double At(double q) => all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        var nodeCpu = NodesCpuMs() - cpuBefore;
        return new Side(At(0.50), At(0.99), all[^1], all.Count / stop.Elapsed.TotalSeconds, all.Count == 0 ? 0 : nodeCpu / all.Count, errors);
    }
}
