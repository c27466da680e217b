using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Every write to a stored plan's rows holds the plan first (the figures interceptor takes it for plain
/// saves), so writers of one plan queue in one order and never deadlock. Adding, pasting, moving, removing and
/// restoring rows take it before they read the rows: the positions they compute stay true until they are written,
/// while a cell saved meanwhile by the editor simply waits its turn.</summary>
public static class PlanWriteLock
{
    public static async Task<T> HoldingAsync<T>(CaiTienDb db, int planId, Func<Task<T>> change, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await change();
        // SQLite's transactions take the database's write lock when they begin (BEGIN IMMEDIATE).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, [planId], ct);
        var result = await change();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Locks the plans' rows until the current transaction ends (PostgreSQL), in id order.</summary>
    public static async Task LockAsync(DbContext db, IEnumerable<int> planIds, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null) return;
        await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM \"Plans\" WHERE \"Id\" = ANY({0}) ORDER BY \"Id\" FOR UPDATE",
            [planIds.Distinct().Order().ToArray()], ct);
    }
}
