using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>"Tạo kế hoạch cải tiến": the principal picks weak criteria (CaiTien pre-selects those below the
/// school's next level) and adds them as rows of the year's plan draft.</summary>
public sealed class CreatePlanModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public sealed class ChoiceForm
    {
        public string Criterion { get; set; } = "";
        public bool Selected { get; set; }
        public int? Target { get; set; }
    }

    public sealed record PlanState(int Id, PlanStatus Status, int Rows);

    [BindProperty] public List<ChoiceForm> Choices { get; set; } = [];

    public string Year { get; private set; } = "";
    public AssessmentResult? Result { get; private set; }
    public IReadOnlyDictionary<string, string?> Weaknesses { get; private set; } = new Dictionary<string, string?>();
    public PlanState? Plan { get; private set; }
    public Outcome? Message { get; private set; }
    public int? CreatedPlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!AssessmentAccess.CanManage(Me)) return Forbid();
        if (!await LoadAsync(year, ct)) return NotFound();
        var weak = EvaluateAssessment.WeakCriteria(Result!).Select(c => c.Code).ToHashSet();
        Choices = Result!.Criteria.Where(c => c.Level < c.HighestLevel)
            .Select(c => new ChoiceForm { Criterion = c.Code, Selected = weak.Contains(c.Code), Target = c.Level + 1 }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        var chosen = Choices.Where(c => c.Selected).Select(c => new CreatePlanItemsFromWeakCriteria.Choice(c.Criterion, c.Target)).ToList();
        var result = await CreatePlanItemsFromWeakCriteria.RunAsync(db, Me, year, chosen, clock, ct);
        Message = result.Outcome;
        CreatedPlanId = result.PlanId;
        if (result.Outcome.Refusal == Refusal.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await LoadAsync(year, ct)) return NotFound();
        if (!result.Outcome.Ok) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string year, CancellationToken ct)
    {
        Year = year;
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return false;
        Result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        Weaknesses = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .ToDictionaryAsync(r => r.CriterionCode, r => r.Weaknesses, ct);
        Plan = await db.Plans.VisibleTo(Me).Where(p => p.SchoolYear == year).OrderByDescending(p => p.Revision)
            .Select(p => new PlanState(p.Id, p.Status, p.Items.Count)).FirstOrDefaultAsync(ct);
        return true;
    }

    public Criterion CriterionOf(string code) => Result!.Framework.FindCriterion(code)!;
}
