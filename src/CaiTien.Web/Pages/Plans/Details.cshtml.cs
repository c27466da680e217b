using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Plans;

public sealed class DetailsModel(CaiTienDb db) : AppPageModel
{
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
        return Page();
    }
}
