using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Progress.Reminders;

public enum ReminderKind
{
    RowDueSoon = 1,
    RowOverdue = 2,
    ReviewDue = 3,
    SelfAssessmentApproval = 4,
    Publication = 5,
    /// <summary>A review notification (submitted, changes requested, accepted, published) sent by email too.</summary>
    ReviewNotice = 6,
}

/// <summary>One reminder to one user, shown in the app and sent by email. <see cref="Key"/> is unique, so a
/// reminder is created once however many times or on however many app instances the job runs.</summary>
public sealed class Reminder
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public int SchoolId { get; set; }
    public int? PlanId { get; set; }
    public ReminderKind Kind { get; set; }
    public required string Subject { get; set; }
    public required string Message { get; set; }
    public string? Link { get; set; }
    public DateOnly ForDay { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? EmailTo { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
    public int EmailAttempts { get; set; }
    public string? EmailError { get; set; }
    /// <summary>UTC ticks until which one job instance holds the right to send the email.</summary>
    public long? EmailClaimedUntil { get; set; }
}

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> e)
    {
        e.HasIndex(r => r.Key).IsUnique();
        e.HasIndex(r => new { r.UserId, r.Id });
        e.Property(r => r.Key).HasMaxLength(200);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(r => r.Subject).HasMaxLength(300);
        e.Property(r => r.Link).HasMaxLength(200);
        e.Property(r => r.EmailTo).HasMaxLength(256);
        e.Property(r => r.EmailError).HasMaxLength(1000);
    }
}
