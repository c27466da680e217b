using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaiTien.Tests.Hardening;

/// <summary>A PostgreSQL cluster of its own (Debian's binaries, a temporary folder, a free loopback port) that a
/// test may stop and start, like scripts/test.sh starts the shared one.</summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
        .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).Last();
    private readonly string _data = Directory.CreateTempSubdirectory("caitien-outage-pg-").FullName;
    private readonly bool _root = Environment.UserName == "root";

    public int Port { get; } = FreePort();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=3;Command Timeout=10";

    public ThrowawayPostgres()
    {
        if (_root) Run("chown", "postgres", _data);
        Pg($"{_bin}/initdb -D {_data} -A trust -U postgres -E UTF8 --locale=C.UTF-8");
    }

    public void Start() =>
        Pg($"{_bin}/pg_ctl -D {_data} -l {_data}/server.log -o \"-p {Port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" -w start");

    public void Stop() => Pg($"{_bin}/pg_ctl -D {_data} -m fast -w stop");

    public void Dispose()
    {
        try { Pg($"{_bin}/pg_ctl -D {_data} -m immediate stop"); } catch (InvalidOperationException) { }
        Directory.Delete(_data, recursive: true);
    }

    private void Pg(string command)
    {
        if (_root) Run("su", "postgres", "-s", "/bin/sh", "-c", command);
        else Run("/bin/sh", "-c", command);
    }

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {stderr.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
