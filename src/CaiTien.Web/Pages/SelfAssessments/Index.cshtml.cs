using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>The year's self-assessment summary: criteria × levels, counts, percentages and school level.</summary>
public sealed class IndexModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public string Year { get; private set; } = "";
    public IReadOnlyList<string> Years { get; private set; } = [];
    public bool Exists { get; private set; }
    public bool CanManage { get; private set; }
    public Framework? Framework { get; private set; }
    public AssessmentResult? Result { get; private set; }
    public IReadOnlyDictionary<string, string> Assignees { get; private set; } = new Dictionary<string, string>();
    public Outcome? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        Years = await db.SelfAssessments.VisibleTo(Me).OrderByDescending(a => a.SchoolYear).Select(a => a.SchoolYear).ToListAsync(ct);
        year ??= Years.FirstOrDefault() ?? SchoolYears.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (!SchoolYears.IsValid(year)) return NotFound();
        await LoadAsync(year, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return NotFound();
        var result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        var schoolName = await db.Schools.VisibleTo(Me).Where(s => s.Id == assessment.SchoolId).Select(s => s.Name).FirstAsync(ct);
        return File(SummaryDocxWriter.Write(result, schoolName, year),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"tu-danh-gia-{year}.docx");
    }

    public async Task<IActionResult> OnPostCopyAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        Message = await CopyPreviousRatings.RunAsync(db, Me, year, clock, ct);
        Years = await db.SelfAssessments.VisibleTo(Me).OrderByDescending(a => a.SchoolYear).Select(a => a.SchoolYear).ToListAsync(ct);
        await LoadAsync(year, ct);
        return Message.Refusal switch
        {
            Refusal.Forbidden => WithStatus(StatusCodes.Status403Forbidden),
            Refusal.Invalid or Refusal.NotFound => WithStatus(StatusCodes.Status400BadRequest),
            _ => Page(),
        };
    }

    private IActionResult WithStatus(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(string year, CancellationToken ct)
    {
        Year = year;
        CanManage = AssessmentAccess.CanManage(Me);
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        Exists = assessment is not null;
        Framework = assessment is not null
            ? AssessmentAccess.FrameworkOf(assessment)
            : await AssessmentAccess.ResolveFrameworkAsync(db, Me.SchoolId!.Value, year, ct);
        if (assessment is null) return;
        Result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        Assignees = await db.CriterionAssignments.AsNoTracking().Where(a => a.AssessmentId == assessment.Id)
            .Select(a => new { a.CriterionCode, a.Seat!.Name }).ToDictionaryAsync(a => a.CriterionCode, a => a.Name, ct);
    }
}
