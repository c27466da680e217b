using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;

namespace CaiTien.Plans;

/// <summary>Add, duplicate, remove and reorder rows of a draft. Each is small and shares the same loading and
/// saving, so they live together.</summary>
public static class EditRows
{
    public static Task<PlanRow?> AddAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync<PlanRow>(db, user, planId, async plan =>
        {
            var last = plan.OrderedRows().LastOrDefault();
            // The criterion starts empty: a copied code made people type "3.24.2" into the prefilled field.
            var row = plan.AddRow(new PlanRow { Criterion = "", TargetLevel = last?.TargetLevel });
            await Save(db, plan, clock, ct);
            return row;
        }, ct);

    public static Task<PlanRow?> DuplicateAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync<PlanRow>(db, user, planId, async plan =>
        {
            var source = plan.Items.FirstOrDefault(r => r.Id == rowId);
            if (source is null) return null;
            var copy = PlanMapping.ToRow(PlanMapping.ToItem(source), 0);
            copy.Completed = source.Completed;
            plan.EnsureEditable();
            foreach (var r in plan.Items.Where(r => r.Position > source.Position)) r.Position++;
            copy.Position = source.Position + 1;
            plan.Items.Add(copy);
            await Save(db, plan, clock, ct);
            return copy;
        }, ct);

    public static Task<bool> RemoveAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync(db, user, planId, async plan =>
        {
            var row = plan.Items.FirstOrDefault(r => r.Id == rowId);
            if (row is null) return false;
            plan.EnsureEditable();
            db.PlanRows.Remove(row);
            plan.Items.Remove(row);
            await Save(db, plan, clock, ct);
            return true;
        }, ct);

    public static Task<bool> MoveAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, int direction, TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync(db, user, planId, async plan =>
        {
            if (plan.Items.All(r => r.Id != rowId)) return false;
            plan.MoveRow(rowId, direction);
            await Save(db, plan, clock, ct);
            return true;
        }, ct);

    private static async Task Save(CaiTienDb db, Plan plan, TimeProvider clock, CancellationToken ct)
    {
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
