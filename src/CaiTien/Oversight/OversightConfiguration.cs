using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Oversight;

internal sealed class PlanSubmissionConfiguration : IEntityTypeConfiguration<PlanSubmission>
{
    public void Configure(EntityTypeBuilder<PlanSubmission> e)
    {
        e.HasOne(s => s.Plan).WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<District>().WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(s => new { s.DistrictId, s.SchoolYear });
        e.HasIndex(s => new { s.SchoolId, s.SchoolYear });
        e.HasIndex(s => s.PlanId);
    }
}

internal sealed class PlanFiguresConfiguration : IEntityTypeConfiguration<PlanFigures>
{
    public void Configure(EntityTypeBuilder<PlanFigures> e)
    {
        e.HasKey(f => f.PlanId);
        e.Property(f => f.PlanId).ValueGeneratedNever();
        e.HasOne(f => f.Plan).WithOne().HasForeignKey<PlanFigures>(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> e)
    {
        e.HasOne<PlanSubmission>().WithMany().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => c.PlanId);
        e.Property(c => c.Text).HasMaxLength(4000);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> e)
    {
        e.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Plans.PlanSnapshot>().WithMany().HasForeignKey(p => p.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => p.SnapshotId).IsUnique();
        e.HasIndex(p => new { p.SchoolId, p.PublishedAt });
        e.HasIndex(p => new { p.SchoolYear, p.SchoolId });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.HasIndex(n => new { n.SchoolId, n.CreatedAt });
        e.HasIndex(n => new { n.DistrictId, n.CreatedAt });
    }
}

internal sealed class NotificationSeenConfiguration : IEntityTypeConfiguration<NotificationSeen>
{
    public void Configure(EntityTypeBuilder<NotificationSeen> e) => e.HasKey(s => s.UserId);
}

internal sealed class DistrictApiTokenConfiguration : IEntityTypeConfiguration<DistrictApiToken>
{
    public void Configure(EntityTypeBuilder<DistrictApiToken> e)
    {
        e.HasOne<District>().WithMany().HasForeignKey(t => t.DistrictId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(t => t.TokenHash).IsUnique();
    }
}
