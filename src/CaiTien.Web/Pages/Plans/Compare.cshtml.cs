using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Plans;

/// <summary>What a revision changes against the issued plan it revises.</summary>
public sealed class CompareModel(CaiTienDb db) : AppPageModel
{
    public int PlanId { get; private set; }
    public int IssuedId { get; private set; }
    public string SchoolYear { get; private set; } = "";
    public int Revision { get; private set; }
    public IReadOnlyList<ComparePlans.Difference> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await db.Plans.VisibleTo(Me).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan?.PreviousRevisionId is not { } previous) return NotFound();
        var snapshot = await db.PlanSnapshots.AsNoTracking().Where(s => s.PlanId == previous)
            .OrderByDescending(s => s.Revision).FirstOrDefaultAsync(ct);
        if (snapshot is null) return NotFound();
        PlanId = plan.Id;
        IssuedId = previous;
        SchoolYear = plan.SchoolYear;
        Revision = plan.Revision;
        Differences = ComparePlans.Between(snapshot.Document(), ExportPlan.ToDocument(plan));
        return Page();
    }
}
