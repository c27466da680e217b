using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Add, duplicate, remove and reorder rows of a draft. Each is small and shares the same loading and
/// saving, so they live together.</summary>
public static class EditRows
{
    public static Task<PlanRow?> AddAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.HoldingAsync(db, planId, () => AddLockedAsync(db, user, planId, clock, ct), ct);

    private static async Task<PlanRow?> AddLockedAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct)
    {
        var plan = await Load(db, user, planId, ct);
        if (plan is null) return null;
        var last = plan.OrderedRows().LastOrDefault();
        // The criterion starts empty: a copied code made people type "3.24.2" into the prefilled field.
        var row = plan.AddRow(new PlanRow { Criterion = "", TargetLevel = last?.TargetLevel });
        await Save(db, plan, clock, ct);
        return row;
    }

    public static Task<PlanRow?> DuplicateAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.HoldingAsync(db, planId, () => DuplicateLockedAsync(db, user, planId, rowId, clock, ct), ct);

    private static async Task<PlanRow?> DuplicateLockedAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct)
    {
        var plan = await Load(db, user, planId, ct);
        var source = plan?.Items.FirstOrDefault(r => r.Id == rowId);
        if (plan is null || source is null) return null;
        var copy = PlanMapping.ToRow(PlanMapping.ToItem(source), 0);
        copy.Completed = source.Completed;
        plan.EnsureEditable();
        foreach (var r in plan.Items.Where(r => r.Position > source.Position)) r.Position++;
        copy.Position = source.Position + 1;
        plan.Items.Add(copy);
        await Save(db, plan, clock, ct);
        return copy;
    }

    public static Task<bool> RemoveAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.HoldingAsync(db, planId, () => RemoveLockedAsync(db, user, planId, rowId, clock, ct), ct);

    private static async Task<bool> RemoveLockedAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct)
    {
        var plan = await Load(db, user, planId, ct);
        var row = plan?.Items.FirstOrDefault(r => r.Id == rowId);
        if (plan is null || row is null) return false;
        plan.EnsureEditable();
        db.PlanRows.Remove(row);
        plan.Items.Remove(row);
        await Save(db, plan, clock, ct);
        return true;
    }

    public static Task<bool> MoveAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, int direction, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.HoldingAsync(db, planId, () => MoveLockedAsync(db, user, planId, rowId, direction, clock, ct), ct);

    private static async Task<bool> MoveLockedAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, int direction, TimeProvider clock, CancellationToken ct)
    {
        var plan = await Load(db, user, planId, ct);
        if (plan is null || plan.Items.All(r => r.Id != rowId)) return false;
        plan.MoveRow(rowId, direction);
        await Save(db, plan, clock, ct);
        return true;
    }

    private static Task<Plan?> Load(CaiTienDb db, CurrentUser user, int planId, CancellationToken ct) =>
        db.Plans.EditableBy(user).Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);

    private static async Task Save(CaiTienDb db, Plan plan, TimeProvider clock, CancellationToken ct)
    {
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
