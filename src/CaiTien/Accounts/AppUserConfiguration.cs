using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Accounts;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.HasIndex(u => u.SchoolId);
        e.HasIndex(u => u.DistrictId);
        e.HasIndex(u => u.ProvinceId);
    }
}
