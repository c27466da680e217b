using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.SelfAssessments;

/// <summary>EF mapping of the self-assessment tables (picked up by ApplyConfigurationsFromAssembly).</summary>
public sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> e)
    {
        e.HasIndex(a => new { a.SchoolId, a.SchoolYear }).IsUnique();
        e.Property(a => a.SchoolYear).HasMaxLength(9);
        e.Property(a => a.FrameworkId).HasMaxLength(64);
        e.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId);
        e.HasMany(a => a.Seats).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Assignments).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Ratings).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Reports).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Evidence).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CouncilSeatConfiguration : IEntityTypeConfiguration<CouncilSeat>
{
    public void Configure(EntityTypeBuilder<CouncilSeat> e)
    {
        e.Property(s => s.Team).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.Position).HasMaxLength(200);
        e.HasIndex(s => new { s.AssessmentId, s.Team, s.Order });
    }
}

public sealed class CriterionAssignmentConfiguration : IEntityTypeConfiguration<CriterionAssignment>
{
    public void Configure(EntityTypeBuilder<CriterionAssignment> e)
    {
        e.Property(a => a.CriterionCode).HasMaxLength(10);
        e.HasIndex(a => new { a.AssessmentId, a.CriterionCode }).IsUnique();
        e.HasOne(a => a.Seat).WithMany().HasForeignKey(a => a.SeatId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RatingEntryConfiguration : IEntityTypeConfiguration<RatingEntry>
{
    public void Configure(EntityTypeBuilder<RatingEntry> e)
    {
        e.Property(r => r.CriterionCode).HasMaxLength(10);
        e.Property(r => r.RequirementKey).HasMaxLength(10);
        e.HasIndex(r => new { r.AssessmentId, r.CriterionCode, r.Level, r.RequirementKey }).IsUnique();
    }
}

public sealed class CriterionReportConfiguration : IEntityTypeConfiguration<CriterionReport>
{
    public void Configure(EntityTypeBuilder<CriterionReport> e)
    {
        e.Property(r => r.CriterionCode).HasMaxLength(10);
        e.HasIndex(r => new { r.AssessmentId, r.CriterionCode }).IsUnique();
    }
}

public sealed class EvidenceEntryConfiguration : IEntityTypeConfiguration<EvidenceEntry>
{
    public void Configure(EntityTypeBuilder<EvidenceEntry> e)
    {
        e.Property(r => r.CriterionCode).HasMaxLength(10);
        e.Property(r => r.Code).HasMaxLength(60);
        e.Property(r => r.CodeKey).HasMaxLength(60);
        // One evidence may serve several criteria (minh chứng dùng chung): unique per criterion, not per assessment.
        e.HasIndex(r => new { r.AssessmentId, r.CriterionCode, r.CodeKey }).IsUnique();
        e.HasIndex(r => new { r.AssessmentId, r.CodeKey });
    }
}
