using CaiTien.Data;
using CaiTien.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaiTien.Installations;

/// <summary><c>caitien restore DIR</c>: checks the whole backup first — the database file and every stored file
/// must hash to what the manifest says — and refuses it untouched otherwise; then replaces the database (SQLite
/// backup API into the configured file, or pg_restore in one transaction), puts the files into the configured file
/// store and migrates the database to this version of the app.</summary>
public static class RestoreInstallation
{
    public static async Task<BackupManifest> RunAsync(DatabaseProvider provider, string connectionString, IFileStore store, PgTools pg, string folder,
        CancellationToken ct = default)
    {
        var manifest = await BackupManifest.ReadAsync(folder, ct);
        if (manifest.Provider != provider)
            throw new InstallationException($"Bản sao lưu của {manifest.Provider} không khôi phục được vào {provider}; hãy dùng caitien migrate-data để chuyển từ SQLite sang PostgreSQL.");
        await VerifyAsync(manifest, folder, ct);

        var dbFile = Path.Combine(folder, manifest.DatabaseFile);
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var target = new SqliteConnectionStringBuilder(connectionString);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target.DataSource))!);
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var live = new SqliteConnection(connectionString);
            await source.OpenAsync(ct);
            await live.OpenAsync(ct);
            source.BackupDatabase(live);
        }
        else
        {
            await EnsurePostgresDatabaseAsync(connectionString, ct);
            await pg.RestoreAsync(connectionString, dbFile, ct);
        }
        SqliteConnection.ClearAllPools();

        var files = new LocalFileStore(Path.Combine(folder, BackupManifest.FilesFolder));
        var temp = FileStores.TempFolder(Path.GetTempPath());
        foreach (var file in manifest.Files) await InstallationFiles.CopyAsync(files, store, file.Sha256, temp, ct);

        await using var db = Database.Create(provider, connectionString, audit: false);
        await db.Database.MigrateAsync(ct);
        return manifest;
    }

    /// <summary>Every hash in the manifest is checked before anything is changed.</summary>
    public static async Task VerifyAsync(BackupManifest manifest, string folder, CancellationToken ct)
    {
        var dbFile = Path.Combine(folder, Path.GetFileName(manifest.DatabaseFile));
        if (!File.Exists(dbFile)) throw new InstallationException($"Bản sao lưu thiếu tệp cơ sở dữ liệu {manifest.DatabaseFile}.");
        await using (var stream = File.OpenRead(dbFile))
        {
            var (sha, _) = await StagedFile.HashAsync(stream, ct);
            if (sha != manifest.DatabaseSha256)
                throw new InstallationException($"Tệp {manifest.DatabaseFile} không đúng mã băm trong {BackupManifest.FileName} (SHA-256 {sha}); không khôi phục.");
        }
        var files = new LocalFileStore(Path.Combine(folder, BackupManifest.FilesFolder));
        foreach (var file in manifest.Files)
        {
            if (!Sha256Name.IsValid(file.Sha256)) throw new InstallationException($"{BackupManifest.FileName} có mã băm không hợp lệ: {file.Sha256}.");
            var found = await InstallationFiles.VerifyAsync(files, file.Sha256, ct);
            if (found is null || found.Size != file.Size)
                throw new InstallationException($"Tệp {file.Sha256} trong bản sao lưu bị thiếu hoặc không đúng mã băm; không khôi phục.");
        }
    }

    private static async Task EnsurePostgresDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var name = cs.Database ?? throw new InstallationException("Chuỗi kết nối PostgreSQL thiếu Database.");
        cs.Database = "postgres";
        await using var admin = new NpgsqlConnection(cs.ToString());
        await admin.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}
