using CaiTien.Catalogs;
using CaiTien.Checking;
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
    public bool Superseded { get; private set; }
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
        // Only an issued plan can be replaced (by an issued revision of it).
        Superseded = plan.Status == PlanStatus.Issued
            && await db.Plans.AnyAsync(n => n.PreviousRevisionId == plan.Id && n.Status == PlanStatus.Issued, ct);
        FrameworkLabel = framework?.Circular ?? plan.FrameworkId;
        CanAuthor = Me.CanAuthorPlans && Me.SchoolId == plan.SchoolId;
        PreviousRevisionId = plan.PreviousRevisionId;
        Revision = plan.Revision;
        return Page();
    }

    public bool NeedsIssueConfirmation { get; private set; }

    public async Task<IActionResult> OnGetFindingsAsync(int id, CancellationToken ct) => await FindingsPartial(id, null, ct);

    public async Task<IActionResult> OnPostDismissAsync(int id, string rule, string locationKey, string? reason, CancellationToken ct)
    {
        var error = await CheckPlan.DismissAsync(db, Me, id, rule, locationKey, reason, clock, ct);
        return await FindingsPartial(id, error, ct);
    }

    private async Task<IActionResult> FindingsPartial(int id, string? message, CancellationToken ct)
    {
        var lines = await CheckPlan.RunAsync(db, Me, id, ct);
        if (lines is null) return NotFound();
        var canDismiss = await db.Plans.EditableBy(Me).AnyAsync(p => p.Id == id, ct);
        return Partial("_Findings", new FindingsView(id, lines, canDismiss, message));
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, bool confirmed, CancellationToken ct)
    {
        var open = (await CheckPlan.RunAsync(db, Me, id, ct))?.Count(l => l.Open && l.Finding.Severity == Severities.Error) ?? 0;
        if (open > 0 && !confirmed)
        {
            var page = await Show(id, $"Kế hoạch còn {open} lỗi chưa xử lý. Hãy sửa hoặc bỏ qua (ghi lý do), hoặc xác nhận vẫn ban hành.", ct);
            NeedsIssueConfirmation = true;
            return page;
        }
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
