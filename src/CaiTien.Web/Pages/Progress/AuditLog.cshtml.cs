using CaiTien.Audit;
using CaiTien.Data;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Progress;

public sealed class AuditLogModel(CaiTienDb db) : AppPageModel
{
    public int PlanId { get; private set; }
    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var entries = await ReadAuditLog.RunAsync(db, Me, id, ct: ct);
        if (entries is null) return NotFound();
        PlanId = id;
        Entries = entries;
        return Page();
    }
}
