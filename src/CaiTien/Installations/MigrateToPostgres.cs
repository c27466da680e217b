using CaiTien.Data;
using CaiTien.Files;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Installations;

/// <summary><c>caitien migrate-data --to-postgres</c>: copies an installation (every table, Identity and Data
/// Protection keys included, and every stored file) into an empty PostgreSQL database, then checks that each table
/// has the same row count and row hash on both sides and that every file reads back with its hash.</summary>
public static class MigrateToPostgres
{
    public sealed record Report(IReadOnlyList<Tables.Fingerprint> Tables, int Files, long FileBytes);

    public static async Task<Report> RunAsync(CaiTienDb source, IFileStore sourceFiles, string targetConnection, IFileStore targetFiles, string tempFolder,
        Action<string> progress, CancellationToken ct = default)
    {
        await using var target = Database.Create(DatabaseProvider.Postgres, targetConnection, audit: false);
        await target.Database.MigrateAsync(ct);
        if (await target.Users.AnyAsync(ct) || await target.Schools.AnyAsync(ct) || await target.Plans.AnyAsync(ct))
            throw new InstallationException("Cơ sở dữ liệu PostgreSQL đích đã có dữ liệu (tài khoản, trường hoặc kế hoạch); chỉ chép vào cơ sở dữ liệu trống.");

        var order = Tables.InsertOrder(target.Model);
        var sourceOrder = Tables.InsertOrder(source.Model).ToDictionary(t => t.GetTableName()!);
        await using (var tx = await target.Database.BeginTransactionAsync(ct))
        {
            // Rows the migrations seed (counters) are replaced by the source's own.
            foreach (var type in order.Reverse())
            {
                var sql = "DELETE FROM \"" + type.GetTableName() + "\"";
                await target.Database.ExecuteSqlRawAsync(sql, ct);
            }
            foreach (var type in order)
            {
                var copied = await Tables.CopyAsync(source, target, sourceOrder[type.GetTableName()!], ct);
                progress($"{type.GetTableName()}: {copied} dòng");
            }
            await Tables.ResetIdentitiesAsync(target, ct);
            await tx.CommitAsync(ct);
        }

        var hashes = await InstallationFiles.ReferencedAsync(source, ct);
        long bytes = 0;
        foreach (var sha in hashes) bytes += (await InstallationFiles.CopyAsync(sourceFiles, targetFiles, sha, tempFolder, ct)).Size;
        progress($"Tệp lưu trữ: {hashes.Count} tệp, {bytes} byte");

        var fingerprints = new List<Tables.Fingerprint>();
        foreach (var type in order)
        {
            var a = await Tables.FingerprintAsync(source, sourceOrder[type.GetTableName()!], ct);
            var b = await Tables.FingerprintAsync(target, type, ct);
            if (a != b)
                throw new InstallationException($"Bảng {a.Table} khác nhau sau khi chép: nguồn {a.Rows} dòng ({a.Sha256[..12]}), đích {b.Rows} dòng ({b.Sha256[..12]}).");
            fingerprints.Add(a);
        }
        foreach (var sha in hashes)
            if (await InstallationFiles.VerifyAsync(targetFiles, sha, ct) is null)
                throw new InstallationException($"Tệp {sha} đọc lại từ kho {targetFiles.Kind} không đúng mã băm.");
        return new Report(fingerprints, hashes.Count, bytes);
    }
}
