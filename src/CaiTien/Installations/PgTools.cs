using System.Diagnostics;
using Npgsql;

namespace CaiTien.Installations;

/// <summary>pg_dump and pg_restore, from <c>Backup:PgBin</c> (env <c>Backup__PgBin</c>), else the newest
/// /usr/lib/postgresql/N/bin, else the PATH. The password goes through the environment, never the command line.</summary>
public sealed class PgTools(string? binFolder)
{
    private string Tool(string name)
    {
        if (!string.IsNullOrEmpty(binFolder)) return Path.Combine(binFolder, name);
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(d => d.Version > 0 && File.Exists(Path.Combine(d.Dir, "bin", name)))
                .OrderByDescending(d => d.Version).FirstOrDefault();
            if (newest.Dir is not null) return Path.Combine(newest.Dir, "bin", name);
        }
        return name;
    }

    public Task DumpAsync(string connectionString, string outFile, IEnumerable<string> tablesWithoutData, CancellationToken ct)
    {
        var args = new List<string> { "--format=custom", "--no-owner", "--no-privileges", "--file", outFile };
        foreach (var table in tablesWithoutData) args.Add($"--exclude-table-data=\"{table}\"");
        return RunAsync("pg_dump", connectionString, args, ct);
    }

    /// <summary>Replaces the database's objects with the dump's, in one transaction: a failed restore changes nothing.</summary>
    public Task RestoreAsync(string connectionString, string dumpFile, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", dumpFile], ct);

    private async Task RunAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--dbname=" + cs.Database);
        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cs.Username is not null) start.Environment["PGUSER"] = cs.Username;
        if (cs.Password is not null) start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start) ?? throw new InstallationException($"Không chạy được {tool}.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InstallationException($"{tool} dừng với mã {process.ExitCode}: {(await stderr).Trim()}");
    }
}
