using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Files;

/// <summary>A file kept in the database (<see cref="DatabaseFileStore"/>). The row is written last, in the same
/// transaction as the chunks, so a file that has a row has all its chunks.</summary>
public sealed class StoredFile
{
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public int ChunkCount { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}

/// <summary>One piece of a stored file, at most <see cref="DatabaseFileStore.ChunkBytes"/> long.</summary>
public sealed class StoredFileChunk
{
    public required string Sha256 { get; set; }
    public int Index { get; set; }
    public required byte[] Data { get; set; }
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> e)
    {
        e.HasKey(f => f.Sha256);
        e.Property(f => f.Sha256).HasMaxLength(64);
    }
}

public sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> e)
    {
        e.HasKey(c => new { c.Sha256, c.Index });
        e.Property(c => c.Sha256).HasMaxLength(64);
    }
}
