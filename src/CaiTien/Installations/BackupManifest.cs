using System.Text.Json;
using System.Text.Json.Serialization;
using CaiTien.Data;

namespace CaiTien.Installations;

/// <summary>manifest.json of a backup folder: what the database file is (and its hash), which stored files belong
/// to it (each under files/ab/abcdef… and named by its hash) and how many rows each table had.</summary>
public sealed record BackupManifest(
    string Format,
    DateTimeOffset CreatedAt,
    DatabaseProvider Provider,
    string DatabaseFile,
    string DatabaseSha256,
    long DatabaseSize,
    string FileStore,
    IReadOnlyList<InstallationFiles.Entry> Files,
    IReadOnlyDictionary<string, long> Tables)
{
    public const string FormatName = "caitien.backup/1";
    public const string FileName = "manifest.json";
    public const string FilesFolder = "files";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var file = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, this, Json, ct);
    }

    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new InstallationException($"Thư mục {folder} không có {FileName}; đây không phải bản sao lưu CaiTien.");
        try
        {
            await using var file = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(file, Json, ct);
            if (manifest?.Format != FormatName) throw new InstallationException($"{FileName} không phải định dạng {FormatName}.");
            return manifest;
        }
        catch (JsonException ex)
        {
            throw new InstallationException($"{FileName} hỏng, không đọc được: {ex.Message}");
        }
    }
}
