using CaiTien.Data;
using CaiTien.Progress;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Progress;

public sealed class PlanModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public PlanProgressReport.Report Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var report = await PlanProgressReport.RunAsync(db, Me, id, clock, ct);
        if (report is null) return NotFound();
        Report = report;
        return Page();
    }
}
