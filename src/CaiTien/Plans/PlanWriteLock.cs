using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Every write to a stored plan's rows holds the plan first (the figures interceptor takes it for plain
/// saves), so writers of one plan queue in one order and never deadlock. Adding, pasting, moving, removing and
/// restoring rows take it before they read the rows: the positions they compute stay true until they are written,
/// while a cell saved meanwhile by the editor simply waits its turn.</summary>
public static class PlanWriteLock
{
    /// <summary>Runs a change of a draft's rows: the plan is held, then loaded with its rows if the user may edit it
    /// (otherwise the change does not run and the answer is <c>default</c>), in one transaction.</summary>
    public static async Task<T?> ChangeRowsAsync<T>(CaiTienDb db, CurrentUser user, int planId, Func<Plan, Task<T?>> change, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await LoadAndChangeAsync();
        // SQLite's transactions take the database's write lock when they begin (BEGIN IMMEDIATE).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, [planId], ct);
        var result = await LoadAndChangeAsync();
        await transaction.CommitAsync(ct);
        return result;

        async Task<T?> LoadAndChangeAsync()
        {
            var plan = await db.Plans.EditableBy(user).Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
            return plan is null ? default : await change(plan);
        }
    }

    /// <summary>Locks the plans' rows until the current transaction ends (PostgreSQL), in id order.</summary>
    public static async Task LockAsync(DbContext db, IEnumerable<int> planIds, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null) return;
        await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM \"Plans\" WHERE \"Id\" = ANY({0}) ORDER BY \"Id\" FOR UPDATE",
            [planIds.Distinct().Order().ToArray()], ct);
    }
}
