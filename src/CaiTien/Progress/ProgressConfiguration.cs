using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Progress;

public sealed class RowProgressConfiguration : IEntityTypeConfiguration<RowProgress>
{
    public void Configure(EntityTypeBuilder<RowProgress> e)
    {
        e.HasIndex(p => p.PlanRowId).IsUnique();
        e.HasIndex(p => p.PlanId);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<PlanRow>().WithMany().HasForeignKey(p => p.PlanRowId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> e)
    {
        e.HasIndex(p => new { p.PlanRowId, p.Id });
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Note).HasMaxLength(4000);
        e.HasOne<PlanRow>().WithMany().HasForeignKey(p => p.PlanRowId).OnDelete(DeleteBehavior.Cascade);
    }
}
