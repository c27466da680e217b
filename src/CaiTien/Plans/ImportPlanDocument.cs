using System.Security.Cryptography;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Word/Excel import in three steps: keep the uploaded file (per school, under a random token), preview
/// what the importer reads with the user's corrections, then save it as a plan with links to source rows.</summary>
public static class ImportPlanDocument
{
    public static readonly string[] Extensions = [".docx", ".xlsx"];

    public sealed record Saved(int? PlanId, IReadOnlyList<string> Errors);

    public static async Task<(string? Token, string? Error)> StageAsync(string dataFolder, int schoolId, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".doc" or ".xls")
            return (null, $"Tệp \"{fileName}\" là định dạng Word/Excel cũ ({ext}). Hãy mở tệp và lưu lại dưới dạng .docx hoặc .xlsx rồi tải lên.");
        if (!Extensions.Contains(ext)) return (null, $"Tệp \"{fileName}\" không phải .docx hoặc .xlsx.");
        if (length > PlanImporter.MaxUploadBytes) return (null, $"Tệp \"{fileName}\" lớn hơn {PlanImporter.MaxUploadBytes / 1024 / 1024} MB.");
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = StagedPath(dataFolder, schoolId, token, ext);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path)) await content.CopyToAsync(file, ct);
        if (ContentProblem(path, ext) is { } problem)
        {
            File.Delete(path);
            return (null, $"Tệp \"{fileName}\": {problem}; không nhận.");
        }
        return (token + ext, null);
    }

    /// <summary>The upload must be the Word/Excel package its extension says, with nothing hidden in it.</summary>
    private static string? ContentProblem(string path, string ext)
    {
        using var stream = File.OpenRead(path);
        var kind = CaiTien.Evidence.FileKinds.Detect(stream);
        var expected = ext == ".docx" ? CaiTien.Evidence.FileKinds.Docx : CaiTien.Evidence.FileKinds.Xlsx;
        if (kind != expected) return $"nội dung không phải tệp {ext} như phần mở rộng ghi";
        return CaiTien.Evidence.UploadInspection.Problem(stream, kind);
    }

    public static ImportResult? Preview(string dataFolder, int schoolId, string token, ImportOverrides overrides, string displayName)
    {
        var path = Resolve(dataFolder, schoolId, token);
        if (path is null) return null;
        using var stream = File.OpenRead(path);
        return PlanImporter.Import(stream, displayName, overrides);
    }

    public static async Task<Saved> SaveAsync(CaiTienDb db, CurrentUser user, string dataFolder, string token, string displayName,
        ImportOverrides overrides, bool replace, TimeProvider clock, CancellationToken ct = default)
    {
        if (!user.CanAuthorPlans || user.SchoolId is not { } schoolId) return new Saved(null, ["Bạn không có quyền nhập kế hoạch."]);
        var result = Preview(dataFolder, schoolId, token, overrides, displayName);
        if (result is null) return new Saved(null, ["Tệp đã tải lên không còn; hãy tải lên lại."]);
        if (!result.Ok) return new Saved(null, result.Errors.Select(e => e.ToString()).ToList());
        var imported = await ImportPlan.RunAsync(db, schoolId, result.Plan!, replace, clock, ct: ct);
        if (!imported.Ok) return new Saved(null, imported.Errors.Select(e => e.Message).ToList());

        var path = Resolve(dataFolder, schoolId, token)!;
        var rows = await db.PlanRows.Where(r => r.PlanId == imported.PlanId).OrderBy(r => r.Position).ToListAsync(ct);
        foreach (var source in result.ItemSources.Where(s => s.ItemIndex < rows.Count))
            rows[source.ItemIndex].SourceRef = $"{displayName}, bảng {source.Table + 1}, dòng {source.SourceRowIndex + 1}";
        db.PlanSourceFiles.Add(new PlanSourceFile
        {
            PlanId = imported.PlanId!.Value,
            FileName = displayName,
            StoredPath = Path.GetRelativePath(dataFolder, path),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, ct))),
            Length = new FileInfo(path).Length,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = user.Name,
        });
        await db.SaveChangesAsync(ct);
        return new Saved(imported.PlanId, []);
    }

    private static string StagedPath(string dataFolder, int schoolId, string token, string ext) =>
        Path.Combine(dataFolder, "imports", schoolId.ToString(), token + ext);

    /// <summary>Only a token this school staged resolves; anything else (another school's token, a path) does not.</summary>
    private static string? Resolve(string dataFolder, int schoolId, string token)
    {
        var ext = Path.GetExtension(token);
        var name = Path.GetFileNameWithoutExtension(token);
        if (!Extensions.Contains(ext) || name.Length != 32 || !name.All(Uri.IsHexDigit)) return null;
        var path = StagedPath(dataFolder, schoolId, name, ext);
        return File.Exists(path) ? path : null;
    }
}
