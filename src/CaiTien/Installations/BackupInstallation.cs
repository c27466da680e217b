using CaiTien.Data;
using CaiTien.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Installations;

/// <summary><c>caitien backup --out DIR</c>: the database at one point in time (SQLite online backup API, or
/// pg_dump's single snapshot) and every stored file its rows name, each checked against its hash while copied, with
/// a manifest of hashes and row counts. The app may keep running: stored files are never changed or deleted once
/// written, and a row is saved only after its file is stored, so every file the snapshot names exists.</summary>
public static class BackupInstallation
{
    public const string SqliteFile = "caitien.db";
    public const string PostgresFile = "caitien.dump";

    public static async Task<BackupManifest> RunAsync(DatabaseProvider provider, string connectionString, IFileStore store, PgTools pg, string outFolder,
        CancellationToken ct = default)
    {
        Directory.CreateDirectory(outFolder);
        if (Directory.EnumerateFileSystemEntries(outFolder).Any())
            throw new InstallationException($"Thư mục {outFolder} không trống; hãy chọn một thư mục mới cho bản sao lưu.");
        var createdAt = DateTimeOffset.UtcNow;
        string databaseFile;
        CaiTienDb snapshot;
        if (provider == DatabaseProvider.Sqlite)
        {
            databaseFile = SqliteFile;
            var target = Path.Combine(outFolder, databaseFile);
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }
            // The copy, not the live database, says which files belong to the backup.
            snapshot = Database.Create(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString(), audit: false);
        }
        else
        {
            databaseFile = PostgresFile;
            // File bytes kept in the database go into files/ like any other store's, not twice into the dump.
            await pg.DumpAsync(connectionString, Path.Combine(outFolder, databaseFile), ["StoredFileChunks", "StoredFiles"], ct);
            snapshot = Database.Create(DatabaseProvider.Postgres, connectionString, audit: false);
        }

        var files = new List<InstallationFiles.Entry>();
        var tables = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using (snapshot)
        {
            var folder = new LocalFileStore(Path.Combine(outFolder, BackupManifest.FilesFolder));
            var temp = Path.Combine(outFolder, BackupManifest.FilesFolder, "tmp");
            foreach (var sha in await InstallationFiles.ReferencedAsync(snapshot, ct))
                files.Add(await InstallationFiles.CopyAsync(store, folder, sha, temp, ct));
            Directory.Delete(temp, recursive: true);
            if (provider == DatabaseProvider.Sqlite)
                foreach (var type in Tables.InsertOrder(snapshot.Model))
                    tables[type.GetTableName()!] = await Tables.CountAsync(snapshot, type, ct);
        }
        SqliteConnection.ClearAllPools();

        var db = Path.Combine(outFolder, databaseFile);
        await using var dbStream = File.OpenRead(db);
        var (dbSha, dbSize) = await StagedFile.HashAsync(dbStream, ct);
        var manifest = new BackupManifest(BackupManifest.FormatName, createdAt, provider, databaseFile, dbSha, dbSize, store.Kind, files, tables);
        await manifest.WriteAsync(outFolder, ct);
        return manifest;
    }
}
