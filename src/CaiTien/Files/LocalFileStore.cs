namespace CaiTien.Files;

/// <summary>Files in a folder (ab/abcdef…), the default for one node. A file is moved into place from its staged
/// copy, so a half-written upload is never visible under a hash.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Kind => "Local";

    public string PathOf(string sha256) => Path.Combine(Root, Sha256Name.Check(sha256)[..2], sha256);

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(sha256)));

    public Task PutAsync(StagedFile staged, CancellationToken ct = default)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target)) return Task.CompletedTask;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Copy to a temporary name beside the target and rename: the staged file may be on another file system.
        var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.Copy(staged.Path, temp);
        try
        {
            File.Move(temp, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the race; its copy is identical.
            File.Delete(temp);
        }
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (var dir in Directory.EnumerateDirectories(Root).Order())
        foreach (var file in Directory.EnumerateFiles(dir).Order())
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            if (Sha256Name.IsValid(name) && name[..2] == Path.GetFileName(dir)) yield return name;
        }
        await Task.CompletedTask;
    }
}
