using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Data;

/// <summary>A number every app node reads from the database to learn that something changed elsewhere (e.g.
/// <see cref="Publications"/>: cached public pages vary by it). Bumped in the same transaction as the change.</summary>
public sealed class SiteCounter
{
    public const string Publications = "publications";

    public required string Name { get; set; }
    public long Value { get; set; }

    public static Task<long> ReadAsync(CaiTienDb db, string name, CancellationToken ct = default) =>
        db.SiteCounters.AsNoTracking().Where(c => c.Name == name).Select(c => c.Value).FirstOrDefaultAsync(ct);

    public static Task<int> BumpAsync(CaiTienDb db, string name, CancellationToken ct = default) =>
        db.SiteCounters.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
}

public sealed class SiteCounterConfiguration : IEntityTypeConfiguration<SiteCounter>
{
    public void Configure(EntityTypeBuilder<SiteCounter> e)
    {
        e.HasKey(c => c.Name);
        e.Property(c => c.Name).HasMaxLength(40);
        e.HasData(new SiteCounter { Name = SiteCounter.Publications, Value = 0 });
    }
}
