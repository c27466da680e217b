using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Audit;

/// <summary>One change to a plan, row, status, review or evidence file. Only ever added, never changed or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public int? PlanId { get; set; }
    /// <summary>CLR name of the changed entity: Plan, PlanRow, RowProgress, EvidenceFile, MonitoringReview.</summary>
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }
    /// <summary>JSON object of the values before the change (changed properties only for Modified); null for Added.</summary>
    public string? Before { get; set; }
    /// <summary>JSON object of the values after the change; null for Deleted.</summary>
    public string? After { get; set; }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(a => new { a.PlanId, a.Id });
        e.Property(a => a.Entity).HasMaxLength(60);
        e.Property(a => a.EntityId).HasMaxLength(40);
        e.Property(a => a.Action).HasMaxLength(20);
        e.Property(a => a.UserName).HasMaxLength(200);
    }
}
