using CaiTien.Data;
using CaiTien.Files;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Installations;

/// <summary>The stored files an installation's rows name (evidence, imported source documents, staged imports),
/// copied between stores with their hashes checked on the way.</summary>
public static class InstallationFiles
{
    public sealed record Entry(string Sha256, long Size);

    public static async Task<List<string>> ReferencedAsync(CaiTienDb db, CancellationToken ct)
    {
        var hashes = new SortedSet<string>(StringComparer.Ordinal);
        hashes.UnionWith(await db.EvidenceFiles.Select(f => f.Sha256).Distinct().ToListAsync(ct));
        hashes.UnionWith(await db.PlanSourceFiles.Select(f => f.Sha256).Distinct().ToListAsync(ct));
        hashes.UnionWith(await db.ImportUploads.Select(f => f.Sha256).Distinct().ToListAsync(ct));
        return hashes.Where(Sha256Name.IsValid).ToList();
    }

    /// <summary>Copies one file from <paramref name="from"/> to <paramref name="to"/>; fails when the source is
    /// missing or its content does not hash to its name.</summary>
    public static async Task<Entry> CopyAsync(IFileStore from, IFileStore to, string sha256, string tempFolder, CancellationToken ct)
    {
        await using var content = await from.OpenReadAsync(sha256, ct)
            ?? throw new InstallationException($"Tệp lưu trữ {sha256} không có trong kho {from.Kind}.");
        using var staged = await StagedFile.CreateAsync(content, tempFolder, ct: ct);
        if (staged!.Sha256 != sha256)
            throw new InstallationException($"Tệp lưu trữ {sha256} trong kho {from.Kind} có nội dung khác mã băm (SHA-256 {staged.Sha256}).");
        await to.PutAsync(staged, ct);
        return new Entry(sha256, staged.Size);
    }

    /// <summary>Reads a stored file back and checks its hash.</summary>
    public static async Task<Entry?> VerifyAsync(IFileStore store, string sha256, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(sha256, ct);
        if (content is null) return null;
        var (hash, size) = await StagedFile.HashAsync(content, ct);
        return hash == sha256 ? new Entry(sha256, size) : null;
    }
}

/// <summary>A backup, restore or copy that cannot go on; the message is for the operator (Vietnamese).</summary>
public sealed class InstallationException(string message) : Exception(message);
