using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaiTien.Evidence;
using CaiTien.Monitoring;
using CaiTien.Plans;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaiTien.Audit;

/// <summary>Writes an <see cref="AuditEntry"/> for every added, changed or deleted plan, row, row status, review
/// and evidence file, in the same transaction as the change. Values are read before saving (what was) and after
/// (what is, with generated ids), so the entries are written by a second save inside the transaction.</summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public static AuditInterceptor Instance { get; } = new(TimeProvider.System);

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>An entity as an entry recorded it (the values before a deletion), read back with the same settings.</summary>
    public static T? ReadValues<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    private sealed record Pending(EntityEntry Entry, string Action, IReadOnlyList<string> Properties, string? Before, string? DeletedKey, int? DeletedPlanId);

    private sealed class State
    {
        public List<Pending> Pending { get; set; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool Writing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, State> _states = new();

    public static bool IsAudited(object entity) => entity is Plan or PlanRow or RowProgress or EvidenceFile or MonitoringReview
        or Schools.Province or Schools.District or Schools.School or Schools.SchoolSupervision or Schools.UnitEvent;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is not { } db) return result;
        var state = _states.GetOrCreateValue(db);
        if (state.Writing) return result;
        state.Pending = Collect(db);
        if (state.Pending.Count > 0 && db.Database.CurrentTransaction is null)
            state.OwnTransaction = await db.Database.BeginTransactionAsync(ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } db) return result;
        var state = _states.GetOrCreateValue(db);
        if (state.Writing) return result;
        state.Pending = Collect(db);
        if (state.Pending.Count > 0 && db.Database.CurrentTransaction is null)
            state.OwnTransaction = db.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is not { } db || !_states.TryGetValue(db, out var state) || state.Writing || state.Pending.Count == 0) return result;
        db.AddRange(Entries(state.Pending));
        state.Pending = [];
        state.Writing = true;
        try
        {
            await db.SaveChangesAsync(ct);
            if (state.OwnTransaction is { } tx) await tx.CommitAsync(ct);
        }
        finally
        {
            state.Writing = false;
            if (state.OwnTransaction is { } tx) await tx.DisposeAsync();
            state.OwnTransaction = null;
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not { } db || !_states.TryGetValue(db, out var state) || state.Writing || state.Pending.Count == 0) return result;
        db.AddRange(Entries(state.Pending));
        state.Pending = [];
        state.Writing = true;
        try
        {
            db.SaveChanges();
            state.OwnTransaction?.Commit();
        }
        finally
        {
            state.Writing = false;
            state.OwnTransaction?.Dispose();
            state.OwnTransaction = null;
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is not { } db || !_states.TryGetValue(db, out var state) || state.Writing) return;
        state.Pending = [];
        if (state.OwnTransaction is { } tx)
        {
            await tx.RollbackAsync(ct);
            await tx.DisposeAsync();
            state.OwnTransaction = null;
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not { } db || !_states.TryGetValue(db, out var state) || state.Writing) return;
        state.Pending = [];
        state.OwnTransaction?.Rollback();
        state.OwnTransaction?.Dispose();
        state.OwnTransaction = null;
    }

    private static List<Pending> Collect(DbContext db)
    {
        var pending = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (!IsAudited(entry.Entity)) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, "Added", entry.Properties.Select(p => p.Metadata.Name).ToList(), null, null, null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (changed.Count == 0) continue;
                    pending.Add(new Pending(entry, "Modified", changed.Select(p => p.Metadata.Name).ToList(),
                        Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)), null, null));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, "Deleted", [],
                        Serialize(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)), KeyOf(entry), PlanIdOf(entry.Entity)));
                    break;
            }
        }
        return pending;
    }

    private List<AuditEntry> Entries(IEnumerable<Pending> pending)
    {
        var (userId, userName) = AuditActor.Now;
        var now = clock.GetUtcNow();
        return pending.Select(p => new AuditEntry
        {
            At = now,
            UserId = userId,
            UserName = userName,
            Entity = p.Entry.Metadata.ClrType.Name,
            EntityId = p.DeletedKey ?? KeyOf(p.Entry),
            PlanId = p.Action == "Deleted" ? p.DeletedPlanId : PlanIdOf(p.Entry.Entity),
            Action = p.Action,
            Before = p.Before,
            After = p.Action == "Deleted" ? null
                : Serialize(p.Properties.ToDictionary(name => name, name => p.Entry.Property(name).CurrentValue)),
        }).ToList();
    }

    private static int? PlanIdOf(object entity) => entity switch
    {
        Plan plan => plan.Id,
        PlanRow row => row.PlanId,
        RowProgress progress => progress.PlanId,
        EvidenceFile file => file.PlanId,
        MonitoringReview review => review.PlanId,
        _ => null,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}
