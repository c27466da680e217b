using System.Net;
using System.Security.Cryptography;
using CaiTien.Data;
using CaiTien.Installations;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaiTien.Tests.Installations;

/// <summary><c>caitien backup</c> → wipe → <c>caitien restore</c> gives back the same rows and files, and a backup whose
/// hashes do not match is refused before anything is changed.</summary>
public abstract class BackupRestoreTests
{
    protected abstract AppFactory NewApp();

    protected abstract string FileStore { get; }

    internal static byte[] Pdf(string marker, int padding = 0) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n{new string('x', padding)}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>A demo installation with two evidence files, one larger than a database chunk; stopped afterwards.</summary>
    internal static async Task<(AppFactory App, List<string> Hashes)> InstallationWithFilesAsync(AppFactory app, string fileStore)
    {
        app.Settings["Files:Store"] = fileStore;
        app.Settings["Reminders:Enabled"] = "false";
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var files = new[] { Pdf("small " + Guid.NewGuid()), Pdf("large " + Guid.NewGuid(), 1_300_000) };
        foreach (var (content, i) in files.Select((c, i) => (c, i)))
        {
            var response = await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", $"bien-ban-{i}.pdf", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await app.DisposeAsync();
        return (app, files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f))).ToList());
    }

    [Fact]
    public async Task Backup_wipe_restore_gives_the_same_plans_files_and_hashes_and_a_tampered_backup_is_refused()
    {
        var (app, hashes) = await InstallationWithFilesAsync(NewApp(), FileStore);
        var env = ChildProcesses.EnvironmentOf(app, FileStore);
        var cs = env["ConnectionStrings__CaiTien"];
        var before = await ChildProcesses.FingerprintsAsync(app.Provider, cs);
        Assert.Contains(before, t => t.Table == "Plans" && t.Rows > 0);
        Assert.Contains(before, t => t.Table == "EvidenceFiles" && t.Rows == 2);
        Assert.Contains(before, t => t.Table == "AspNetUsers" && t.Rows > 0);

        var backup = Directory.CreateTempSubdirectory("caitien-backup-").FullName;
        Directory.Delete(backup);
        var made = await ChildProcesses.CliAsync(env, "backup", "--out", backup);
        Assert.True(made.Exit == 0, made.Errors + made.Output);
        var manifest = await BackupManifest.ReadAsync(backup, CancellationToken.None);
        Assert.Equal(hashes.Order(StringComparer.Ordinal), manifest.Files.Select(f => f.Sha256));

        await WipeAsync(app);

        // A backup with one changed byte in a stored file is refused and the wiped installation stays empty.
        var tampered = Directory.CreateTempSubdirectory("caitien-tampered-").FullName;
        foreach (var file in Directory.GetFiles(backup, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(tampered, Path.GetRelativePath(backup, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var victim = Path.Combine(tampered, "files", hashes[1][..2], hashes[1]);
        var bytes = await File.ReadAllBytesAsync(victim);
        bytes[^3] ^= 0x20;
        await File.WriteAllBytesAsync(victim, bytes);
        var refused = await ChildProcesses.CliAsync(env, "restore", tampered);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("không đúng mã băm", refused.Errors);
        Assert.False(await HasPlansAsync(app, cs));

        var restored = await ChildProcesses.CliAsync(env, "restore", backup);
        Assert.True(restored.Exit == 0, restored.Errors + restored.Output);
        Assert.Equal(before, await ChildProcesses.FingerprintsAsync(app.Provider, cs));
        var store = ChildProcesses.StoreOf(env);
        foreach (var sha in hashes) Assert.Equal(sha, (await InstallationFiles.VerifyAsync(store, sha, CancellationToken.None))?.Sha256);
    }

    private static async Task WipeAsync(AppFactory app)
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            Directory.Delete(app.DataFolder, recursive: true);
            return;
        }
        Directory.Delete(app.DataFolder, recursive: true);
        await using var admin = new NpgsqlConnection(PostgresApp.ServerConnectionString + ";Database=postgres");
        await admin.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<bool> HasPlansAsync(AppFactory app, string cs)
    {
        if (app.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(app.DataFolder, "caitien.db"))) return false;
        if (app.Provider == DatabaseProvider.Postgres)
        {
            await using var admin = new NpgsqlConnection(PostgresApp.ServerConnectionString + ";Database=postgres");
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", new NpgsqlConnectionStringBuilder(cs).Database!);
            if (await exists.ExecuteScalarAsync() is null) return false;
        }
        await using var db = Database.Create(app.Provider, cs, audit: false);
        try
        {
            return await db.Plans.AnyAsync();
        }
        catch (Exception ex) when (ex is SqliteException or PostgresException)
        {
            return false;
        }
    }
}

public sealed class SqliteBackupRestoreTests : BackupRestoreTests
{
    protected override AppFactory NewApp() => new SqliteApp();
    protected override string FileStore => "Local";
}

public sealed class PostgresBackupRestoreTests : BackupRestoreTests
{
    protected override AppFactory NewApp() => new PostgresApp();
    protected override string FileStore => "Database";
}
