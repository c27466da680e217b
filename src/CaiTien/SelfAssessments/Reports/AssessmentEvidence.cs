using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Reports;
using CaiTien.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>The evidence of one self-assessment: the codes its criteria cite (one code may serve several criteria) and
/// the files uploaded on the school's plans under the same framework up to the assessment's year, matched by code. The report, the evidence list,
/// the package and the health page all read evidence through here.</summary>
public sealed partial class AssessmentEvidence
{
    public sealed record Citation(string Code, string Key, IReadOnlyList<string> Criteria);

    public sealed record StoredFile(int Id, int PlanId, int RowId, string Criterion, string? Code, string Title, string FileName, string Sha256, long Size,
        string? DocumentNumber, DateOnly? DocumentDate, string? IssuingBody, DateTimeOffset UploadedAt, string SchoolYear);

    public required Framework Framework { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
    public required IReadOnlyList<StoredFile> Files { get; init; }

    /// <summary>The newest file for each code key.</summary>
    public IReadOnlyDictionary<string, StoredFile> FileByKey => _fileByKey ??= Files.Where(f => f.Code is not null)
        .GroupBy(f => EvidenceEntry.KeyOf(f.Code!)).ToDictionary(g => g.Key, g => g.MaxBy(f => f.UploadedAt)!);

    private IReadOnlyDictionary<string, StoredFile>? _fileByKey;

    public static async Task<AssessmentEvidence> LoadAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct)
    {
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var order = framework.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var entries = await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == assessment.Id)
            .Select(e => new { e.CriterionCode, e.Code, e.CodeKey, e.Order }).ToListAsync(ct);
        var citations = entries
            .OrderBy(e => order.GetValueOrDefault(e.CriterionCode, int.MaxValue)).ThenBy(e => e.Order)
            .GroupBy(e => e.CodeKey)
            .Select(g => new Citation(g.First().Code, g.Key, g.Select(e => e.CriterionCode).Distinct().ToList()))
            .OrderBy(c => HomeCriterion(c, order)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var files = await db.EvidenceFiles.AsNoTracking()
            .Join(db.Plans.Where(p => p.SchoolId == assessment.SchoolId && p.FrameworkId == assessment.FrameworkId
                    && string.Compare(p.SchoolYear, assessment.SchoolYear) <= 0),
                f => f.PlanId, p => p.Id, (f, p) => new { f, p.SchoolYear })
            .Join(db.PlanRows, x => x.f.PlanRowId, r => r.Id, (x, r) => new { x.f, x.SchoolYear, r.Criterion })
            .ToListAsync(ct);
        return new AssessmentEvidence
        {
            Framework = framework,
            Citations = citations,
            Files = files.Select(x => new StoredFile(x.f.Id, x.f.PlanId, x.f.PlanRowId, x.Criterion, x.f.Code, x.f.Title, x.f.FileName, x.f.Sha256, x.f.Size,
                x.f.DocumentNumber, x.f.DocumentDate, x.f.IssuingBody, x.f.UploadedAt, x.SchoolYear)).OrderBy(f => f.Id).ToList(),
        };
    }

    /// <summary>A cited code's own criterion (the one its code names), else the first that cites it.</summary>
    private static int HomeCriterion(Citation c, IReadOnlyDictionary<string, int> order)
    {
        var own = EvidenceCodeValidator.ReadCriterionCode(c.Code);
        return own is not null && order.TryGetValue(own, out var i) ? i : order.GetValueOrDefault(c.Criteria[0], int.MaxValue);
    }

    /// <summary>The one place that reads a stored evidence file's bytes (the store may move behind another abstraction).</summary>
    public static Task<Stream?> OpenStoredAsync(CaiTien.Files.IFileStore store, StoredFile file, CancellationToken ct) => store.OpenReadAsync(file.Sha256, ct);

    /// <summary>Danh mục minh chứng: every cited code (with its file's details when uploaded), then coded files nobody cites.</summary>
    public IReadOnlyList<EvidenceListLine> ListLines()
    {
        var lines = new List<EvidenceListLine>();
        foreach (var c in Citations)
        {
            var file = FileByKey.GetValueOrDefault(c.Key);
            var notes = new List<string>();
            if (c.Criteria.Count > 1) notes.Add("Dùng chung cho tiêu chí " + string.Join(", ", c.Criteria));
            if (file is null) notes.Add("Chưa có tệp");
            lines.Add(new EvidenceListLine(c.Code, file?.Title ?? "[Chưa có tệp minh chứng]", NumberAndDate(file?.DocumentNumber, file?.DocumentDate),
                file?.IssuingBody, notes.Count == 0 ? null : string.Join("; ", notes), c.Criteria[0]));
        }
        var cited = Citations.Select(c => c.Key).ToHashSet();
        foreach (var (key, file) in FileByKey.Where(f => !cited.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
            lines.Add(new EvidenceListLine(file.Code!, file.Title, NumberAndDate(file.DocumentNumber, file.DocumentDate), file.IssuingBody,
                "Chưa được trích dẫn trong báo cáo", file.Criterion));
        return lines;
    }

    public static string? NumberAndDate(string? number, DateOnly? date)
    {
        var d = date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return (number, d) switch
        {
            (null, null) => null,
            (null, _) => "Ngày " + d,
            (_, null) => number,
            _ => $"{number}, ngày {d}",
        };
    }

    /// <summary>Tokens in written text that look like an evidence code of either convention ("[H1-1.1-01]",
    /// "MC.1.1.01"), so that codes typed into the description are checked too.</summary>
    public static IEnumerable<string> CodesInText(string? text) =>
        text is null ? [] : CodeLike().Matches(text).Select(m => m.Value.TrimEnd('.', ','));

    [GeneratedRegex(@"\[H[^\]\s]{1,20}\]|MC\.[0-9][0-9.]*[0-9]")]
    private static partial Regex CodeLike();
}
