using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Figures of plans saved before the figures existed (an upgraded installation, an older backup): stored
/// once at start, and computed on the fly for a dashboard that meets one before that.</summary>
public static class PlanFiguresFill
{
    private const int Batch = 500;

    /// <summary>The figures read with the plans, completed for plans that have none yet by computing them from their
    /// rows, not stored (a read must not race a row save writing the same record).</summary>
    public static async Task<Dictionary<int, PlanFigures>> CompleteAsync(CaiTienDb db, IReadOnlyDictionary<int, PlanFigures?> read, CancellationToken ct = default)
    {
        var figures = read.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
        if (figures.Count < read.Count)
            foreach (var f in await ComputeAsync(db, read.Keys.Where(id => !figures.ContainsKey(id)).ToArray(), ct)) figures[f.PlanId] = f;
        return figures;
    }

    /// <summary>Stores figures for every plan that has none; returns how many were written. When another node
    /// stores the same figures first, this one stops: what is still missing is computed when read.</summary>
    public static async Task<int> StoreMissingAsync(CaiTienDb db, CancellationToken ct = default)
    {
        var written = 0;
        while (true)
        {
            var missing = await db.Plans.AsNoTracking().Where(p => !db.PlanFigures.Any(f => f.PlanId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToArrayAsync(ct);
            if (missing.Length == 0) return written;
            var computed = await ComputeAsync(db, missing, ct);
            db.PlanFigures.AddRange(computed);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return written;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
            written += computed.Count;
        }
    }

    private static async Task<List<PlanFigures>> ComputeAsync(CaiTienDb db, int[] planIds, CancellationToken ct)
    {
        var rows = (await db.PlanRows.AsNoTracking().Where(r => planIds.Contains(r.PlanId))
            .Select(r => new { r.PlanId, Values = new PlanFigures.RowValues(r.Criterion, r.Completed, r.End, r.BudgetVnd, r.FundingSource, r.BudgetText) })
            .ToListAsync(ct)).ToLookup(r => r.PlanId, r => r.Values);
        return planIds.Select(id =>
        {
            var f = new PlanFigures { PlanId = id };
            f.Recompute(rows[id].ToList());
            return f;
        }).ToList();
    }
}
