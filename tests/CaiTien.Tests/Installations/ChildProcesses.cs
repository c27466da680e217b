using System.Diagnostics;
using System.Net;
using CaiTien.Data;
using CaiTien.Files;
using CaiTien.Installations;
using CaiTien.Testing;
using CaiTien.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Tests.Installations;

/// <summary>The compiled CLI and web app run as child processes with their own environment, as an operator runs them.</summary>
public static class ChildProcesses
{
    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string Built(string project) => Path.Combine(SharedPaths.RepoRoot, "src", project, "bin", Configuration, "net10.0", project + ".dll");

    /// <summary>The environment that points a CLI or node at an app's data folder, database and file store.</summary>
    public static Dictionary<string, string> EnvironmentOf(AppFactory app, string fileStore) => new()
    {
        ["CaiTien__DataFolder"] = app.DataFolder,
        ["Database__Provider"] = app.Provider.ToString(),
        ["ConnectionStrings__CaiTien"] = app.ConnectionString ?? $"Data Source={Path.Combine(app.DataFolder, "caitien.db")}",
        ["Files__Store"] = fileStore,
    };

    public static async Task<(int Exit, string Output, string Errors)> CliAsync(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Built("CaiTien.Cli"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Fingerprints of every table (row count and row hash), as the CLI computes them.</summary>
    public static async Task<List<Tables.Fingerprint>> FingerprintsAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = Database.Create(provider, connectionString, audit: false);
        var result = new List<Tables.Fingerprint>();
        foreach (var type in Tables.InsertOrder(db.Model)) result.Add(await Tables.FingerprintAsync(db, type, CancellationToken.None));
        return result;
    }

    public static IFileStore StoreOf(IReadOnlyDictionary<string, string> env)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(env.ToDictionary(e => e.Key.Replace("__", ":"), e => (string?)e.Value)).Build();
        return FileStores.Create(config, env["CaiTien__DataFolder"], Enum.Parse<DatabaseProvider>(env["Database__Provider"]), env["ConnectionStrings__CaiTien"]);
    }
}

/// <summary>A published web app node in its own process on a free loopback port; <see cref="Kill"/> is kill -9.</summary>
public sealed class WebNode : IAsyncDisposable
{
    private readonly Process _process;

    private WebNode(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<WebNode> StartAsync(IReadOnlyDictionary<string, string> env)
    {
        var url = $"http://127.0.0.1:{Progress.LocalSmtpServer.FreePort()}";
        var dll = ChildProcesses.Built("CaiTien.Web");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var (k, v) in env) start.Environment[k] = v;
        start.Environment["CaiTien__DemoMode"] = "true";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Serilog__MinimumLevel"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new WebNode(process, url);
        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"CaiTien.Web exited with {process.ExitCode} at start.");
            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return node;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await node.DisposeAsync();
        throw new TimeoutException("CaiTien.Web did not answer /healthz within two minutes.");
    }

    public HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
