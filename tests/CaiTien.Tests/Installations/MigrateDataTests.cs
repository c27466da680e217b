using System.Net;
using CaiTien.Data;
using CaiTien.Files;
using CaiTien.Installations;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;

namespace CaiTien.Tests.Installations;

/// <summary><c>caitien migrate-data --to-postgres</c> from the demo SQLite installation: the same rows in every table
/// (Identity included) and the same files, and the copied installation works as an app on PostgreSQL.</summary>
public sealed class MigrateDataTests
{
    [Fact]
    public async Task Demo_sqlite_installation_copies_to_postgres_with_the_same_counts_hashes_and_files()
    {
        var (source, hashes) = await BackupRestoreTests.InstallationWithFilesAsync(new SqliteApp(), "Local");
        var env = ChildProcesses.EnvironmentOf(source, "Local");
        var database = PostgresApp.NewDatabaseName();
        var target = $"{PostgresApp.ServerConnectionString};Database={database}";

        var copied = await ChildProcesses.CliAsync(env, "migrate-data", "--to-postgres", target);
        Assert.True(copied.Exit == 0, copied.Errors + copied.Output);
        Assert.Contains("số dòng và mã băm khớp", copied.Output);

        // Checked again here, independently of the command's own check.
        var expected = await ChildProcesses.FingerprintsAsync(DatabaseProvider.Sqlite, env["ConnectionStrings__CaiTien"]);
        Assert.Equal(expected, await ChildProcesses.FingerprintsAsync(DatabaseProvider.Postgres, target));
        Assert.Contains(expected, t => t.Table == "AspNetUsers" && t.Rows >= 10);
        var files = new DatabaseFileStore(() => Database.Create(DatabaseProvider.Postgres, target, audit: false));
        foreach (var sha in hashes) Assert.NotNull(await InstallationFiles.VerifyAsync(files, sha, CancellationToken.None));

        var again = await ChildProcesses.CliAsync(env, "migrate-data", "--to-postgres", target);
        Assert.Equal(1, again.Exit);
        Assert.Contains("đã có dữ liệu", again.Errors);

        // The copy runs as the app: the demo principal signs in (Identity rows and password hashes copied), the plan
        // keeps its ids, and an evidence file downloads from the database store.
        await using var app = PostgresApp.OnDatabase(database);
        app.Settings["Files:Store"] = "Database";
        app.Settings["Reminders:Enabled"] = "false";
        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var file = await app.WithDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.EvidenceFiles, f => f.Sha256 == hashes[1]));
        var download = await principal.GetAsync($"/ke-hoach/{planId}/minh-chung?handler=File&fileId={file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(hashes[1], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await download.Content.ReadAsByteArrayAsync())));
    }
}
