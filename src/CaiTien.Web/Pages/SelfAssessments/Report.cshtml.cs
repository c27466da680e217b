using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Reports;
using CaiTien.Evidence;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Reports;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>Báo cáo tự đánh giá: the report's free texts, its warnings, and the Word/PDF report, evidence list and
/// evidence package downloads.</summary>
public sealed class ReportModel(CaiTienDb db, CaiTien.Files.IFileStore store, TimeProvider clock) : AppPageModel
{
    public string Year { get; private set; } = "";
    public Framework? Framework { get; private set; }
    public bool CanWrite { get; private set; }
    public Outcome? Message { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    [BindProperty] public string? Introduction { get; set; }
    [BindProperty] public string? Conclusion { get; set; }
    [BindProperty] public Dictionary<string, string?> Facts { get; set; } = [];
    [BindProperty] public List<SaveReportTexts.StandardInput> Standards { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        return await LoadAsync(year, fill: true, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        Message = await SaveReportTexts.RunAsync(db, Me, year, new SaveReportTexts.Input(Introduction, Conclusion, Facts, Standards), clock, ct);
        if (!await LoadAsync(year, fill: Message.Ok, ct)) return NotFound();
        Response.StatusCode = Message.Refusal switch
        {
            Refusal.Forbidden => StatusCodes.Status403Forbidden,
            Refusal.Invalid or Refusal.NotFound => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }

    public Task<IActionResult> OnGetDocxAsync(string year, CancellationToken ct) =>
        DocumentAsync(year, ReportComposer.WriteDocx, EvidenceListDocument.DocxContentType, $"bao-cao-tu-danh-gia-{year}.docx", ct);

    public Task<IActionResult> OnGetPdfAsync(string year, CancellationToken ct) =>
        DocumentAsync(year, ReportComposer.WritePdf, "application/pdf", $"bao-cao-tu-danh-gia-{year}.pdf", ct);

    public async Task<IActionResult> OnGetEvidenceDocxAsync(string year, CancellationToken ct)
    {
        var built = await BuildAsync(year, ct);
        if (built?.Report is not { } report) return NotFound();
        var buffer = new MemoryStream();
        EvidenceListDocument.WriteDocx(EvidenceListDocument.Compose(report.Cover, report.Evidence), buffer);
        buffer.Position = 0;
        return File(buffer, EvidenceListDocument.DocxContentType, $"danh-muc-minh-chung-{year}.docx");
    }

    public async Task<IActionResult> OnGetEvidenceXlsxAsync(string year, CancellationToken ct)
    {
        var built = await BuildAsync(year, ct);
        if (built?.Report is not { } report) return NotFound();
        var buffer = new MemoryStream();
        EvidenceListDocument.WriteXlsx(report.Evidence, buffer);
        buffer.Position = 0;
        return File(buffer, EvidenceListDocument.XlsxContentType, $"danh-muc-minh-chung-{year}.xlsx");
    }

    /// <summary>Streams the ZIP to the response body as it is written.</summary>
    public async Task<IActionResult> OnGetPackageAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return NotFound();
        var evidence = await AssessmentEvidence.LoadAsync(db, assessment, ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == assessment.SchoolId).Select(s => new { s.Name, s.GoverningBody, s.Place }).FirstAsync(ct);
        var cover = new ReportCover(school.GoverningBody, school.Name, year, evidence.Framework.Circular, school.Place, null);
        // ZipArchive flushes an entry's deflate buffer synchronously when the entry closes; the files themselves are copied asynchronously.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        Response.ContentType = EvidencePackage.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"goi-minh-chung-{year}.zip\"";
        await EvidencePackage.WriteAsync(evidence, cover, store, Response.Body, ct);
        return new EmptyResult();
    }

    private async Task<IActionResult> DocumentAsync(string year, Action<Documents.Letters.LetterDocument, Stream> write, string contentType, string name, CancellationToken ct)
    {
        var built = await BuildAsync(year, ct);
        if (built?.Report is not { } report) return NotFound();
        var warnings = new List<string>();
        var document = ReportComposer.Compose(report, warnings);
        var buffer = new MemoryStream();
        write(document, buffer);
        buffer.Position = 0;
        return File(buffer, contentType, name);
    }

    private async Task<BuildAssessmentReport.Result?> BuildAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return null;
        var built = await BuildAssessmentReport.RunAsync(db, Me, year, ct);
        return built.Report is null ? null : built;
    }

    private async Task<bool> LoadAsync(string year, bool fill, CancellationToken ct)
    {
        Year = year;
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return false;
        Framework = AssessmentAccess.FrameworkOf(assessment);
        CanWrite = await SaveReportTexts.MayWriteAsync(db, Me, assessment.Id, ct);
        var built = await BuildAssessmentReport.ForAsync(db, assessment, ct);
        var warnings = built.Warnings.ToList();
        if (built.Report is { } report) ReportComposer.Compose(report, warnings);
        else if (built.Error is { } error) warnings.Insert(0, error);
        Warnings = warnings;
        if (!fill) return true;
        var texts = await db.Set<AssessmentReportText>().AsNoTracking().FirstOrDefaultAsync(t => t.AssessmentId == assessment.Id, ct);
        Introduction = texts?.Introduction;
        Conclusion = texts?.Conclusion;
        Facts = BuildAssessmentReport.ReadFacts(texts?.FactsJson).ToDictionary(f => f.Key, f => (string?)f.Value);
        var standards = await db.Set<StandardReportText>().AsNoTracking().Where(t => t.AssessmentId == assessment.Id).ToDictionaryAsync(t => t.StandardNumber, ct);
        Standards = Framework.Standards.Select(s => new SaveReportTexts.StandardInput(s.Number,
            standards.GetValueOrDefault(s.Number)?.Opening, standards.GetValueOrDefault(s.Number)?.Closing)).ToList();
        return true;
    }
}
