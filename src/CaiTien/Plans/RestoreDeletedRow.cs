using System.Globalization;
using CaiTien.Accounts;
using CaiTien.Audit;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Undoes the deletion of a row of a draft: the row comes back from the values the audit log kept when it
/// was deleted (the log is written in the deletion's own transaction), so nothing the browser sends is trusted.</summary>
public static class RestoreDeletedRow
{
    public static Task<PlanRow?> RunAsync(CaiTienDb db, CurrentUser user, int planId, int deletedRowId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync<PlanRow>(db, user, planId, async plan =>
        {
            var key = deletedRowId.ToString(CultureInfo.InvariantCulture);
            var values = await db.AuditEntries
                .Where(a => a.PlanId == planId && a.Entity == nameof(PlanRow) && a.EntityId == key && a.Action == "Deleted")
                .OrderByDescending(a => a.Id).Select(a => a.Before).FirstOrDefaultAsync(ct);
            if (values is null || AuditInterceptor.ReadValues<PlanRow>(values) is not { } row) return null;
            plan.RestoreRow(row);
            plan.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return row;
        }, ct);
}
