using System.Text.Json;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Monitoring;

public enum ReviewPeriod
{
    SemesterOne = 1,
    YearEnd = 2,
}

/// <summary>The monitoring team's (Tổ giám sát) review of a plan at one point of the year, with one finding per row.
/// It becomes the "Báo cáo kết quả giám sát" letter, which carries its own document number.</summary>
public sealed class MonitoringReview
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public ReviewPeriod Period { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly ReviewedOn { get; set; }
    /// <summary>Kết luận chung.</summary>
    public string? Conclusion { get; set; }
    public List<ReviewFinding> Findings { get; set; } = [];
    public required string ReviewerName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What the team found on one row, how it rates it, and what it recommends.</summary>
public sealed record ReviewFinding(int RowId, string? Finding, string? Rating, string? Recommendation);

public static class ReviewPeriods
{
    public static string Label(ReviewPeriod period) => period switch
    {
        ReviewPeriod.SemesterOne => "học kỳ I",
        ReviewPeriod.YearEnd => "cuối năm học",
        _ => period.ToString(),
    };

    /// <summary>Ratings offered per row.</summary>
    public static readonly IReadOnlyList<string> Ratings = ["Hoàn thành tốt", "Hoàn thành", "Đang thực hiện đúng tiến độ", "Chậm tiến độ", "Không thực hiện"];
}

public sealed class MonitoringReviewConfiguration : IEntityTypeConfiguration<MonitoringReview>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<MonitoringReview> e)
    {
        e.HasIndex(r => new { r.PlanId, r.Period }).IsUnique();
        e.Property(r => r.Period).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.DocumentNumber).HasMaxLength(60);
        e.Property(r => r.ReviewerName).HasMaxLength(200);
        e.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Findings are read and written with their review, never queried one by one.
        e.Property(r => r.Findings).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<ReviewFinding>>(v, Json) ?? new List<ReviewFinding>(),
            new ValueComparer<List<ReviewFinding>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, f) => HashCode.Combine(h, f)),
                v => v.ToList()));
    }
}
