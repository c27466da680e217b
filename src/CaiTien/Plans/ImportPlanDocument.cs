using System.Security.Cryptography;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Documents.Import;
using CaiTien.Files;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Word/Excel import in three steps: keep the uploaded file (in the file store, under a random token of
/// the school's), preview what the importer reads with the user's corrections, then save it as a plan with links
/// to source rows. Each step may be served by a different app node.</summary>
public static class ImportPlanDocument
{
    public static readonly string[] Extensions = [".docx", ".xlsx"];

    public sealed record Saved(int? PlanId, IReadOnlyList<string> Errors);

    public static async Task<(string? Token, string? Error)> StageAsync(CaiTienDb db, FileStorage storage, int schoolId, string fileName, Stream content,
        long length, TimeProvider clock, CancellationToken ct = default)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".xls")
            return (null, $"Tệp \"{fileName}\" là định dạng Excel cũ (.xls). Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx rồi tải lên.");
        if (!Extensions.Contains(ext) && ext != ".doc") return (null, $"Tệp \"{fileName}\" không phải .docx hoặc .xlsx.");
        var tooLarge = $"Tệp \"{fileName}\" lớn hơn {PlanImporter.MaxUploadBytes / 1024 / 1024} MB.";
        if (length > PlanImporter.MaxUploadBytes) return (null, tooLarge);
        if (ext == ".doc")
        {
            // Old Word files are converted once, on the node that takes the upload; the rest of the import sees a .docx.
            using var old = new MemoryStream();
            await content.CopyToAsync(old, ct);
            if (old.Length > PlanImporter.MaxUploadBytes) return (null, tooLarge);
            var (docx, error) = LegacyWordConverter.TryConvert(old.ToArray());
            if (docx is null) return (null, $"Tệp \"{fileName}\" (Word 97–2003): {error}");
            (content, ext) = (new MemoryStream(docx, false), ".docx");
        }
        using var staged = await StagedFile.CreateAsync(content, storage.TempFolder, PlanImporter.MaxUploadBytes, ct);
        if (staged is null) return (null, tooLarge);
        if (ContentProblem(staged, ext) is { } problem) return (null, $"Tệp \"{fileName}\": {problem}; không nhận.");
        await storage.Store.PutAsync(staged, ct);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.ImportUploads.Add(new ImportUpload { Token = token, SchoolId = schoolId, Sha256 = staged.Sha256, Extension = ext, Size = staged.Size, UploadedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return (token + ext, null);
    }

    /// <summary>The upload must be the Word/Excel package its extension says, with nothing hidden in it.</summary>
    private static string? ContentProblem(StagedFile staged, string ext)
    {
        using var stream = staged.OpenRead();
        var kind = CaiTien.Evidence.FileKinds.Detect(stream);
        var expected = ext == ".docx" ? CaiTien.Evidence.FileKinds.Docx : CaiTien.Evidence.FileKinds.Xlsx;
        if (kind != expected) return $"nội dung không phải tệp {ext} như phần mở rộng ghi";
        return CaiTien.Evidence.UploadInspection.Problem(stream, kind);
    }

    public static async Task<ImportResult?> PreviewAsync(CaiTienDb db, FileStorage storage, int schoolId, string token, ImportOverrides overrides, string displayName,
        CancellationToken ct = default)
    {
        var upload = await ResolveAsync(db, schoolId, token, ct);
        if (upload is null) return null;
        return await ReadAsync(storage, upload, overrides, displayName, ct);
    }

    public static async Task<Saved> SaveAsync(CaiTienDb db, CurrentUser user, FileStorage storage, string token, string displayName,
        ImportOverrides overrides, bool replace, TimeProvider clock, CancellationToken ct = default)
    {
        if (!user.CanAuthorPlans || user.SchoolId is not { } schoolId) return new Saved(null, ["Bạn không có quyền nhập kế hoạch."]);
        var upload = await ResolveAsync(db, schoolId, token, ct);
        var result = upload is null ? null : await ReadAsync(storage, upload, overrides, displayName, ct);
        if (result is null) return new Saved(null, ["Tệp đã tải lên không còn; hãy tải lên lại."]);
        if (!result.Ok) return new Saved(null, result.Errors.Select(e => e.ToString()).ToList());
        var imported = await ImportPlan.RunAsync(db, schoolId, result.Plan!, replace, clock, ct: ct);
        if (!imported.Ok) return new Saved(null, imported.Errors.Select(e => e.Message).ToList());

        var rows = await db.PlanRows.Where(r => r.PlanId == imported.PlanId).OrderBy(r => r.Position).ToListAsync(ct);
        foreach (var source in result.ItemSources.Where(s => s.ItemIndex < rows.Count))
            rows[source.ItemIndex].SourceRef = $"{displayName}, bảng {source.Table + 1}, dòng {source.SourceRowIndex + 1}";
        db.PlanSourceFiles.Add(new PlanSourceFile
        {
            PlanId = imported.PlanId!.Value,
            FileName = displayName,
            StoredPath = upload!.Sha256 + upload.Extension,
            Sha256 = upload.Sha256,
            Length = upload.Size,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = user.Name,
        });
        await db.SaveChangesAsync(ct);
        return new Saved(imported.PlanId, []);
    }

    /// <summary>Only a token this school staged resolves; anything else (another school's token, a path) does not.</summary>
    private static async Task<ImportUpload?> ResolveAsync(CaiTienDb db, int schoolId, string token, CancellationToken ct)
    {
        var ext = Path.GetExtension(token);
        var name = Path.GetFileNameWithoutExtension(token);
        if (!Extensions.Contains(ext) || name.Length != 32 || !name.All(Uri.IsHexDigit)) return null;
        return await db.ImportUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Token == name && u.SchoolId == schoolId && u.Extension == ext, ct);
    }

    /// <summary>The importer needs a seekable file; the stored copy is brought to a node-local temporary file.</summary>
    private static async Task<ImportResult?> ReadAsync(FileStorage storage, ImportUpload upload, ImportOverrides overrides, string displayName, CancellationToken ct)
    {
        await using var stored = await storage.Store.OpenReadAsync(upload.Sha256, ct);
        if (stored is null) return null;
        using var local = await StagedFile.CreateAsync(stored, storage.TempFolder, ct: ct);
        await using var stream = local!.OpenRead();
        return PlanImporter.Import(stream, displayName, overrides);
    }
}
