using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Plans;

public sealed class DetailsModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public bool CanAuthor { get; private set; }
    public int? PreviousRevisionId { get; private set; }
    public int Revision { get; private set; }
    public string? Message { get; private set; }

    public PlanLetterView Letter { get; private set; } = null!;
    public int PlanId { get; private set; }
    public int SchoolId { get; private set; }
    public PlanStatus Status { get; private set; }
    public string FrameworkLabel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await db.Plans.VisibleTo(Me).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        var framework = FrameworkRegistry.Default.Find(plan.FrameworkId);
        Letter = new PlanLetterView(ExportPlan.ToDocument(plan), framework);
        PlanId = plan.Id;
        SchoolId = plan.SchoolId;
        Status = plan.Status;
        FrameworkLabel = framework?.Circular ?? plan.FrameworkId;
        CanAuthor = Me.CanAuthorPlans && Me.SchoolId == plan.SchoolId;
        PreviousRevisionId = plan.PreviousRevisionId;
        Revision = plan.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct)
    {
        var error = await IssuePlan.RunAsync(db, Me, id, clock, ct);
        return error is null ? Redirect($"/ke-hoach/{id}") : await Show(id, error, ct);
    }

    public async Task<IActionResult> OnPostReviseAsync(int id, CancellationToken ct)
    {
        var result = await RevisePlan.RunAsync(db, Me, id, clock, ct);
        return result.PlanId is { } draft ? Redirect($"/ke-hoach/{draft}/soan") : await Show(id, result.Error, ct);
    }

    public async Task<IActionResult> OnPostNextYearAsync(int id, CancellationToken ct)
    {
        var result = await CreatePlan.CarryOverAsync(db, Me, id, clock, ct);
        return result.PlanId is { } next ? Redirect($"/ke-hoach/{next}/soan") : await Show(id, result.Error, ct);
    }

    private async Task<IActionResult> Show(int id, string? message, CancellationToken ct)
    {
        var page = await OnGetAsync(id, ct);
        Message = message;
        return page;
    }
}
