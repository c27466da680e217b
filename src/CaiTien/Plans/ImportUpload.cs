using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Plans;

/// <summary>A Word/Excel file uploaded for import and not yet saved as a plan: the bytes are in the file store (so
/// the preview and save may land on any node), and only the school that uploaded it can use its random token.</summary>
public sealed class ImportUpload
{
    /// <summary>32 random hex digits.</summary>
    public required string Token { get; set; }
    public int SchoolId { get; set; }
    public required string Sha256 { get; set; }
    /// <summary>.docx or .xlsx.</summary>
    public required string Extension { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> e)
    {
        e.HasKey(u => u.Token);
        e.Property(u => u.Token).HasMaxLength(32);
        e.Property(u => u.Sha256).HasMaxLength(64);
        e.Property(u => u.Extension).HasMaxLength(5);
    }
}
