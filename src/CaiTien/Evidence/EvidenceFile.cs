using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Evidence;

/// <summary>An evidence file filed on a plan row. The bytes live in the file store, named by their SHA-256
/// (<see cref="Files.IFileStore"/>); this row keeps the metadata.</summary>
public sealed class EvidenceFile
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int PlanRowId { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Tên minh chứng; defaults to the file name without extension.</summary>
    public required string Title { get; set; }
    /// <summary>Mã minh chứng in the framework's convention ([H1-1.1-01] or MC.1.1.01).</summary>
    public string? Code { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? IssuingBody { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.HasIndex(f => new { f.PlanId, f.PlanRowId });
        e.HasIndex(f => f.Sha256);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.FileName).HasMaxLength(255);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Title).HasMaxLength(500);
        e.Property(f => f.Code).HasMaxLength(40);
        e.Property(f => f.DocumentNumber).HasMaxLength(100);
        e.Property(f => f.IssuingBody).HasMaxLength(300);
        e.HasOne<PlanRow>().WithMany().HasForeignKey(f => f.PlanRowId).OnDelete(DeleteBehavior.Cascade);
    }
}
