using System.Security.Cryptography;

namespace CaiTien.Files;

/// <summary>An upload copied to a node-local temporary file while it is hashed and checked; deleted when disposed,
/// so a refused upload leaves nothing behind.</summary>
public sealed class StagedFile : IDisposable
{
    private StagedFile(string path, string sha256, long size)
    {
        Path = path;
        Sha256 = sha256;
        Size = size;
    }

    public string Path { get; }
    public string Sha256 { get; }
    public long Size { get; }

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Dispose()
    {
        try { File.Delete(Path); }
        catch (IOException) { }
    }

    /// <summary>Copies <paramref name="content"/> to a temporary file under <paramref name="tempFolder"/>, reading at most
    /// <paramref name="maxBytes"/>+1 bytes; null (and nothing left on disk) when the content is larger.</summary>
    public static async Task<StagedFile?> CreateAsync(Stream content, string tempFolder, long maxBytes = long.MaxValue, CancellationToken ct = default)
    {
        Directory.CreateDirectory(tempFolder);
        var temp = System.IO.Path.Combine(tempFolder, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        try
        {
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
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
        catch
        {
            File.Delete(temp);
            throw;
        }
        return new StagedFile(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>SHA-256 of a stream read to its end, in buffers.</summary>
    public static async Task<(string Sha256, long Size)> HashAsync(Stream content, CancellationToken ct = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }
}
