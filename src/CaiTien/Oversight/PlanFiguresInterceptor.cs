using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaiTien.Oversight;

/// <summary>Refreshes <see cref="PlanFigures"/> of every plan whose rows a save adds, deletes or changes in a
/// column the figures read. The figures are written by the same save, so they commit or roll back with the rows.
/// Registered after the audit interceptor: every such change is audited, so the save already runs in a
/// transaction, in which the plans are locked before their rows are read — two people saving rows of one plan at
/// once each count the other's committed row (SQLite's transactions hold the write lock from their start).</summary>
public sealed class PlanFiguresInterceptor : SaveChangesInterceptor
{
    public static PlanFiguresInterceptor Instance { get; } = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } db) await RefreshAsync(db, ct);
        return result;
    }

    // Synchronous saves come from the command line and tests; there is no synchronization context to deadlock on.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) RefreshAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private static async Task RefreshAsync(DbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var rowEntries = db.ChangeTracker.Entries<PlanRow>().ToList();
        if (rowEntries.Count == 0) return;
        // Keys through the entry: a new plan's temporary key is not on the instance.
        var plans = db.ChangeTracker.Entries<Plan>().ToDictionary(e => (int)e.Property(p => p.Id).CurrentValue!);
        var newPlans = new HashSet<Plan>();
        var stored = new HashSet<int>();
        foreach (var entry in rowEntries.Where(Affects))
        {
            foreach (var planId in PlanIdsOf(entry))
            {
                var plan = plans.GetValueOrDefault(planId);
                if (entry.Property(r => r.PlanId).IsTemporary || plan?.State == EntityState.Added)
                {
                    if (plan is not null) newPlans.Add(plan.Entity);
                }
                else if (plan?.State != EntityState.Deleted) stored.Add(planId);
            }
        }
        foreach (var plan in newPlans)
        {
            var figures = new PlanFigures { Plan = plan };
            figures.Recompute(plan.Items.Where(r => db.Entry(r).State != EntityState.Deleted).Select(PlanFigures.RowValues.Of).ToList());
            db.Add(figures);
        }
        // Every stored plan whose rows this save writes is held, even when its figures stay: see PlanWriteLock.
        var written = rowEntries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(PlanIdsOf).Where(id => id > 0 && plans.GetValueOrDefault(id)?.State is not (EntityState.Added or EntityState.Deleted));
        await PlanWriteLock.LockAsync(db, written, ct);
        if (stored.Count == 0) return;
        await RefreshStoredAsync(db, stored, rowEntries, ct);
    }

    private static async Task RefreshStoredAsync(DbContext db, HashSet<int> planIds, List<EntityEntry<PlanRow>> tracked, CancellationToken ct)
    {
        var ids = planIds.ToArray();
        var saved = await db.Set<PlanRow>().AsNoTracking().Where(r => ids.Contains(r.PlanId))
            .Select(r => new { r.Id, r.PlanId, Values = new PlanFigures.RowValues(r.Criterion, r.Completed, r.End, r.BudgetVnd, r.FundingSource, r.BudgetText) })
            .ToListAsync(ct);
        // What the rows will be once this save is written: the stored rows, overlaid by the tracked ones.
        var after = saved.ToDictionary(r => r.Id, r => (r.PlanId, r.Values));
        var added = new List<(int PlanId, PlanFigures.RowValues Values)>();
        foreach (var entry in tracked)
        {
            if (entry.State == EntityState.Deleted) { after.Remove(entry.Entity.Id); continue; }
            var planId = (int)entry.Property(r => r.PlanId).CurrentValue!;
            if (entry.State == EntityState.Detached || !planIds.Contains(planId))
            {
                if (entry.State != EntityState.Added) after.Remove(entry.Entity.Id);
                continue;
            }
            if (entry.State == EntityState.Added && entry.Property(r => r.Id).IsTemporary) added.Add((planId, PlanFigures.RowValues.Of(entry.Entity)));
            else after[entry.Entity.Id] = (planId, PlanFigures.RowValues.Of(entry.Entity));
        }
        var rowsByPlan = after.Values.Concat(added).ToLookup(r => r.PlanId, r => r.Values);
        var existing = await db.Set<PlanFigures>().Where(f => ids.Contains(f.PlanId)).ToDictionaryAsync(f => f.PlanId, ct);
        foreach (var planId in ids)
        {
            if (!existing.TryGetValue(planId, out var figures)) db.Add(figures = new PlanFigures { PlanId = planId });
            figures.Recompute(rowsByPlan[planId].ToList());
        }
    }

    private static bool Affects(EntityEntry<PlanRow> entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => entry.Properties.Any(p => p.IsModified && PlanFigures.Inputs.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue)),
        _ => false,
    };

    private static IEnumerable<int> PlanIdsOf(EntityEntry<PlanRow> entry)
    {
        var planId = entry.Property(r => r.PlanId);
        yield return (int)planId.CurrentValue!;
        if (entry.State == EntityState.Modified && planId.IsModified && planId.OriginalValue is int original && original != (int)planId.CurrentValue!)
            yield return original;
    }
}
