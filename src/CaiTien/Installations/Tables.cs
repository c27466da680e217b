using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaiTien.Installations;

/// <summary>Every table of an installation, read and written through the EF model so the same code copies SQLite to
/// PostgreSQL (value converters, shadow properties and keys included). Stored file bytes are not rows here: they
/// go through the file stores (<see cref="InstallationFiles"/>).</summary>
public static class Tables
{
    private const int Page = 500;

    public sealed record Fingerprint(string Table, long Rows, string Sha256);

    /// <summary>Tables in an order where each row's principals are written before it.</summary>
    public static IReadOnlyList<IEntityType> InsertOrder(IModel model)
    {
        var types = model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && !t.HasSharedClrType && t.GetTableName() is not null
                && t.ClrType != typeof(Files.StoredFile) && t.ClrType != typeof(Files.StoredFileChunk))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var done = new HashSet<IEntityType>();
        void Visit(IEntityType t, HashSet<IEntityType> path)
        {
            if (done.Contains(t) || !path.Add(t)) return;
            foreach (var fk in t.GetForeignKeys())
            {
                var principal = fk.PrincipalEntityType.GetRootType();
                if (principal != t && types.Contains(principal)) Visit(principal, path);
            }
            done.Add(t);
            ordered.Add(t);
        }
        foreach (var t in types) Visit(t, []);
        return ordered;
    }

    public static Task<long> CountAsync(CaiTienDb db, IEntityType type, CancellationToken ct) =>
        (Task<long>)Generic(nameof(CountTyped), type).Invoke(null, [db, ct])!;

    private static Task<long> CountTyped<T>(CaiTienDb db, CancellationToken ct) where T : class => db.Set<T>().LongCountAsync(ct);

    /// <summary>Copies every row of <paramref name="type"/> page by page, keeping keys and shadow values.</summary>
    public static Task<long> CopyAsync(CaiTienDb source, CaiTienDb target, IEntityType type, CancellationToken ct) =>
        (Task<long>)Generic(nameof(CopyTyped), type).Invoke(null, [source, target, type, ct])!;

    private static async Task<long> CopyTyped<T>(CaiTienDb source, CaiTienDb target, IEntityType type, CancellationToken ct) where T : class
    {
        long copied = 0;
        for (var skip = 0; ; skip += Page)
        {
            source.ChangeTracker.Clear();
            target.ChangeTracker.Clear();
            var rows = await OrderedByKey(source.Set<T>(), type).Skip(skip).Take(Page).ToListAsync(ct);
            if (rows.Count == 0) break;
            foreach (var row in rows)
            {
                var from = source.Entry(row);
                var to = target.Entry(row);
                to.State = EntityState.Added;
                foreach (var p in type.GetProperties())
                {
                    var value = from.Property(p.Name).CurrentValue;
                    // PostgreSQL keeps instants in UTC; SQLite may hold the offset they were written with.
                    if (value is DateTimeOffset dto) value = dto.ToUniversalTime();
                    to.Property(p.Name).CurrentValue = value;
                }
            }
            await target.SaveChangesAsync(ct);
            copied += rows.Count;
        }
        source.ChangeTracker.Clear();
        target.ChangeTracker.Clear();
        return copied;
    }

    /// <summary>Row count and a SHA-256 over every row's values (canonical text, rows sorted ordinally), equal for
    /// the same data on SQLite and PostgreSQL.</summary>
    public static Task<Fingerprint> FingerprintAsync(CaiTienDb db, IEntityType type, CancellationToken ct) =>
        (Task<Fingerprint>)Generic(nameof(FingerprintTyped), type).Invoke(null, [db, type, ct])!;

    private static async Task<Fingerprint> FingerprintTyped<T>(CaiTienDb db, IEntityType type, CancellationToken ct) where T : class
    {
        var lines = new List<string>();
        var properties = type.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var skip = 0; ; skip += Page)
        {
            db.ChangeTracker.Clear();
            var rows = await OrderedByKey(db.Set<T>(), type).Skip(skip).Take(Page).ToListAsync(ct);
            if (rows.Count == 0) break;
            foreach (var row in rows)
            {
                var entry = db.Entry(row);
                lines.Add(string.Join('\u001f', properties.Select(p => Canonical(p, entry.Property(p.Name).CurrentValue))));
            }
        }
        db.ChangeTracker.Clear();
        lines.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return new Fingerprint(type.GetTableName()!, lines.Count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Canonical(IProperty property, object? value)
    {
        if (value is not null && property.GetValueConverter() is { } converter) value = converter.ConvertToProvider(value);
        return value switch
        {
            null => "\u2205",
            // PostgreSQL keeps microseconds, SQLite .NET's 100 ns ticks.
            DateTimeOffset d => (d.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
            DateTime d => (d.Ticks / 10).ToString(CultureInfo.InvariantCulture),
            byte[] b => Convert.ToHexStringLower(SHA256.HashData(b)),
            decimal m => m.ToString("G29", CultureInfo.InvariantCulture),
            double f => f.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private static IQueryable<T> OrderedByKey<T>(IQueryable<T> query, IEntityType type) where T : class
    {
        var key = type.FindPrimaryKey()!.Properties;
        var ordered = query.OrderBy(e => EF.Property<object>(e, key[0].Name));
        foreach (var p in key.Skip(1)) ordered = ordered.ThenBy(e => EF.Property<object>(e, p.Name));
        return ordered;
    }

    private static MethodInfo Generic(string name, IEntityType type) =>
        typeof(Tables).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type.ClrType);

    /// <summary>PostgreSQL identity columns continue after the copied keys.</summary>
    public static async Task ResetIdentitiesAsync(CaiTienDb db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var type in InsertOrder(db.Model))
        {
            var key = type.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ValueGenerated != ValueGenerated.OnAdd || key[0].ClrType != typeof(int) && key[0].ClrType != typeof(long)) continue;
            var table = type.GetTableName()!;
            var column = key[0].GetColumnName();
            // Names come from the EF model, not from input.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false)";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }
}
