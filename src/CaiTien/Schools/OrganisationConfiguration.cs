using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Schools;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> e)
    {
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> e)
    {
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30).HasDefaultValue(UnitKind.LegacyDistrictOffice).HasSentinel((UnitKind)(-1));
        e.Property(d => d.LocalGovernment).HasMaxLength(200);
        e.HasOne<District>().WithMany().HasForeignKey(d => d.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> e)
    {
        e.HasMany(s => s.Supervisions).WithOne().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<School>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        e.Property(s => s.Ownership).HasMaxLength(50);
        e.Property(s => s.Address).HasMaxLength(300);
        e.Property(s => s.PrincipalName).HasMaxLength(200);
        e.Property(s => s.ContactEmail).HasMaxLength(200);
        e.Property(s => s.ContactPhone).HasMaxLength(50);
    }
}

internal sealed class SchoolSupervisionConfiguration : IEntityTypeConfiguration<SchoolSupervision>
{
    public void Configure(EntityTypeBuilder<SchoolSupervision> e)
    {
        e.HasOne(s => s.District).WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        e.Property(s => s.FromYear).HasMaxLength(9);
        e.Property(s => s.ToYear).HasMaxLength(9);
        e.HasIndex(s => new { s.SchoolId, s.FromYear });
        e.HasIndex(s => s.DistrictId);
    }
}

internal sealed class UnitEventConfiguration : IEntityTypeConfiguration<UnitEvent>
{
    public void Configure(EntityTypeBuilder<UnitEvent> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.OldName).HasMaxLength(300);
        e.Property(x => x.NewName).HasMaxLength(300);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasIndex(x => x.DistrictId);
        e.HasIndex(x => x.SchoolId);
        e.HasIndex(x => x.ProvinceId);
    }
}
