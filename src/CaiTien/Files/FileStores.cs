using CaiTien.Data;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Files;

/// <summary>Chooses the file store from <c>Files:Store</c>: Local (default; the data folder's <c>evidence</c>
/// folder, one node), Database (the app's database, chunked) or S3 (section <c>Files:S3</c>).</summary>
public static class FileStores
{
    public static IFileStore Create(IConfiguration config, string dataFolder, DatabaseProvider provider, string connectionString)
    {
        var kind = config["Files:Store"] ?? "Local";
        return kind.ToLowerInvariant() switch
        {
            "local" => new LocalFileStore(Path.Combine(dataFolder, "evidence")),
            "database" => new DatabaseFileStore(() => Database.Create(provider, connectionString, audit: false)),
            "s3" => new S3FileStore(ReadS3(config)),
            _ => throw new InvalidOperationException($"Files:Store '{kind}' is not Local, Database or S3."),
        };
    }

    public static S3Settings ReadS3(IConfiguration config)
    {
        var s = config.GetSection("Files:S3");
        var prefix = s["Prefix"] ?? "";
        if (prefix.Length > 0 && !prefix.EndsWith('/')) prefix += "/";
        return new S3Settings(s["ServiceUrl"], s["Region"] ?? "us-east-1",
            s["Bucket"] ?? throw new InvalidOperationException("Files:Store=S3 needs Files:S3:Bucket."),
            s["AccessKey"], s["SecretKey"], s.GetValue("ForcePathStyle", true), prefix);
    }

    /// <summary>Node-local folder for staged uploads (each deleted once stored or refused); inside the local store's
    /// folder so that moving a staged file there stays on one file system.</summary>
    public static string TempFolder(string dataFolder) => Path.Combine(dataFolder, "evidence", "tmp");
}
