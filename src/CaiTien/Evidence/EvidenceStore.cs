using System.Security.Cryptography;

namespace CaiTien.Evidence;

/// <summary>Evidence bytes on disk, named by SHA-256 (ab/abcdef…): the same content is stored once however often
/// it is uploaded. Files are written to a temporary name first and moved into place, so a half-written upload is
/// never visible under a hash.</summary>
public sealed class EvidenceStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public sealed record Staged(string TempPath, string Sha256, long Size) : IDisposable
    {
        public void Dispose()
        {
            if (File.Exists(TempPath)) File.Delete(TempPath);
        }
    }

    /// <summary>Copies the upload to a temporary file while hashing it, reading at most <paramref name="maxBytes"/>+1
    /// bytes; returns null when the content is larger than that.</summary>
    public async Task<Staged?> StageAsync(Stream upload, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.Combine(Root, "tmp"));
        var temp = Path.Combine(Root, "tmp", Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            int read;
            while ((read = await upload.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    output.Close();
                    File.Delete(temp);
                    return null;
                }
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        return new Staged(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>Moves a staged file under its hash unless that content is already stored.</summary>
    public void Commit(Staged staged)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.TempPath, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the race; its copy is identical.
        }
    }

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit)) throw new ArgumentException("Not a SHA-256 hex string.", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256);
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
}
