using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>The free texts of a self-assessment report that belong to no criterion: Đặt vấn đề, Kết luận chung and
/// the school facts of Phần I (keys declared by the framework's <c>report.facts</c>, stored as JSON).</summary>
public sealed class AssessmentReportText
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public string? Introduction { get; set; }
    public string? Conclusion { get; set; }
    public string? FactsJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A standard's "Mở đầu" and "Kết luận" in the report.</summary>
public sealed class StandardReportText
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public int StandardNumber { get; set; }
    public string? Opening { get; set; }
    public string? Closing { get; set; }
}

public sealed class AssessmentReportTextConfiguration : IEntityTypeConfiguration<AssessmentReportText>
{
    public void Configure(EntityTypeBuilder<AssessmentReportText> e)
    {
        e.HasIndex(t => t.AssessmentId).IsUnique();
        e.HasOne<SelfAssessment>().WithMany().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StandardReportTextConfiguration : IEntityTypeConfiguration<StandardReportText>
{
    public void Configure(EntityTypeBuilder<StandardReportText> e)
    {
        e.HasIndex(t => new { t.AssessmentId, t.StandardNumber }).IsUnique();
        e.HasOne<SelfAssessment>().WithMany().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
