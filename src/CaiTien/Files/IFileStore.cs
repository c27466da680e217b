namespace CaiTien.Files;

/// <summary>Stored files (evidence, imported Word/Excel plans) named by the SHA-256 of their content: the same
/// content is kept once however often it is uploaded, and a name never changes meaning, so every node and every
/// backup agrees on what a hash holds. Bytes go through a staged local file, never whole into memory.</summary>
public interface IFileStore
{
    /// <summary>Local, Database or S3, for logs and the backup manifest.</summary>
    string Kind { get; }

    Task<bool> ExistsAsync(string sha256, CancellationToken ct = default);

    /// <summary>Stores a staged file under its hash unless that content is already there.</summary>
    Task PutAsync(StagedFile staged, CancellationToken ct = default);

    /// <summary>The content, streamed; null when no such file is stored.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default);

    /// <summary>Every stored hash (backups, copies between installations).</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken ct = default);
}

public static class Sha256Name
{
    public static bool IsValid(string? sha256) => sha256 is { Length: 64 } && sha256.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    public static string Check(string sha256) =>
        IsValid(sha256) ? sha256 : throw new ArgumentException("Not a lower-case SHA-256 hex string.", nameof(sha256));
}

/// <summary>The configured store and this node's staging folder, as one service.</summary>
public sealed record FileStorage(IFileStore Store, string TempFolder);
