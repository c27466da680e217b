using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Loads one plan the user may see and gives it in caitien.plan/1 form.</summary>
public static class ExportPlan
{
    public static async Task<PlanDocument?> ByIdAsync(CaiTienDb db, CurrentUser user, int planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.VisibleTo(user).AsNoTracking().Include(p => p.Items)
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        return plan is null ? null : ToDocument(plan);
    }

    /// <summary>For the CLI, which acts for a named school rather than a signed-in user.</summary>
    public static async Task<PlanDocument?> BySchoolYearAsync(CaiTienDb db, int schoolId, string year, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items)
            .Where(p => p.SchoolId == schoolId && p.SchoolYear == year)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        return plan is null ? null : ToDocument(plan);
    }

    public static PlanDocument ToDocument(Plan plan) =>
        PlanMapping.ToDocument(plan, FrameworkRegistry.Default.Find(plan.FrameworkId)?.Circular ?? plan.FrameworkId);
}
