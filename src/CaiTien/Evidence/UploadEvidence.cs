using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Files;
using CaiTien.Plans;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Evidence;

public sealed record EvidenceInput(string? FileName, string? Title, string? Code, string? DocumentNumber, DateOnly? DocumentDate, string? IssuingBody);

/// <summary>Files an evidence file on a row of an issued plan. The row's lead, coordinators and the principal may
/// do so. Refused with nothing stored: a name with path characters, a type other than pdf/docx/xlsx/jpg/png, content
/// that is not what the extension says or hides something else (<see cref="UploadInspection"/>), more than 20 MB,
/// or an evidence code outside the framework's convention. Invisible characters are removed from the name first.</summary>
public static class UploadEvidence
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public sealed record Result(int? FileId, string? Error);

    public static async Task<Result> RunAsync(CaiTienDb db, FileStorage storage, CurrentUser user, int rowId, Stream content, EvidenceInput input,
        TimeProvider clock, CancellationToken ct = default)
    {
        var context = await RowAccess.LoadAsync(db, user, rowId, ct);
        if (context is null) return Fail("Không tìm thấy dòng kế hoạch.");
        if (context.Plan.Status != PlanStatus.Issued) return Fail("Kế hoạch chưa ban hành; chưa nộp minh chứng được.");
        if (!context.MayReport(user)) return Fail(RowAccess.NotAllowed);
        input = input with { FileName = SafeFileName.Clean(input.FileName) };
        if (FileNameProblem(input.FileName) is { } nameProblem) return Fail(nameProblem);
        var expected = FileKinds.ByExtension(input.FileName!);
        if (expected is null) return Fail("Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG.");
        var code = string.IsNullOrWhiteSpace(input.Code) ? null : input.Code.Trim();
        if (code is not null && await CodeProblemAsync(db, context, code, ct) is { } codeProblem) return Fail(codeProblem);

        using var staged = await StagedFile.CreateAsync(content, storage.TempFolder, MaxBytes, ct);
        if (staged is null) return Fail("Tệp lớn hơn 20 MB; không nhận.");
        if (staged.Size == 0) return Fail("Tệp rỗng.");
        FileKinds.Kind? actual;
        await using (var check = staged.OpenRead()) actual = FileKinds.Detect(check);
        if (actual != expected)
            return Fail($"Nội dung tệp “{input.FileName}” không phải tệp {expected.Key.ToUpperInvariant()} như phần mở rộng ghi; không nhận.");
        string? contentProblem;
        await using (var check = staged.OpenRead()) contentProblem = UploadInspection.Problem(check, actual);
        if (contentProblem is not null) return Fail($"Tệp “{input.FileName}”: {contentProblem}; không nhận.");

        // The bytes are stored before the row that names them, so a saved row always has its file.
        await storage.Store.PutAsync(staged, ct);
        var file = new EvidenceFile
        {
            PlanId = context.Plan.Id,
            PlanRowId = rowId,
            Sha256 = staged.Sha256,
            Size = staged.Size,
            FileName = input.FileName!,
            ContentType = actual.ContentType,
            Title = string.IsNullOrWhiteSpace(input.Title) ? Path.GetFileNameWithoutExtension(input.FileName!) : input.Title.Trim(),
            Code = code,
            DocumentNumber = Trimmed(input.DocumentNumber),
            DocumentDate = input.DocumentDate,
            IssuingBody = Trimmed(input.IssuingBody),
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = user.Name,
        };
        db.Add(file);
        await db.SaveChangesAsync(ct);
        return new Result(file.Id, null);
    }

    /// <summary>A plain file name only: no folders, no "..", no control or reserved characters.</summary>
    public static string? FileNameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Chưa chọn tệp.";
        if (name.Length > 200) return "Tên tệp dài quá 200 ký tự.";
        if (name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0 || name.Contains("..") || name.Any(char.IsControl)
            || name.Trim() != name)
            return $"Tên tệp “{name}” chứa ký tự đường dẫn hoặc ký tự không hợp lệ; hãy đổi tên tệp.";
        return null;
    }

    private static async Task<string?> CodeProblemAsync(CaiTienDb db, RowContext context, string code, CancellationToken ct)
    {
        var framework = FrameworkRegistry.Default.Find(context.Plan.FrameworkId);
        if (framework is null) return null;
        var existing = await db.Set<EvidenceFile>().Where(f => f.PlanId == context.Plan.Id && f.Code != null).Select(f => f.Code!).ToListAsync(ct);
        var check = EvidenceCodeValidator.CheckNew(framework, code, existing);
        if (!check.IsValid) return check.Message;
        if (check.CriterionCode is { } criterion && criterion != context.Row.Criterion)
            return $"Mã minh chứng “{code}” thuộc tiêu chí {criterion}, còn dòng này là tiêu chí {context.Row.Criterion}.";
        return null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Result Fail(string message) => new(null, message);
}
