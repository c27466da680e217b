using CaiTien.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Progress.Reminders;

/// <summary>A day or span off in a school year (Tết, a provincial holiday, a school's own day off): set by the Sở for
/// the province or by the principal for one school. Working-day deadlines skip them.</summary>
public sealed class SchoolHoliday
{
    public int Id { get; set; }
    public int? ProvinceId { get; set; }
    public int? SchoolId { get; set; }
    public required string SchoolYear { get; set; }
    public required string Name { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

public sealed class SchoolHolidayConfiguration : IEntityTypeConfiguration<SchoolHoliday>
{
    public void Configure(EntityTypeBuilder<SchoolHoliday> e)
    {
        e.HasIndex(h => new { h.SchoolYear, h.ProvinceId, h.SchoolId });
        e.Property(h => h.SchoolYear).HasMaxLength(9);
        e.Property(h => h.Name).HasMaxLength(200);
    }
}

public static class SchoolHolidays
{
    /// <summary>Days off that apply to a school: its own and its province's, for the years touching the span.</summary>
    public static async Task<IReadOnlyList<(DateOnly From, DateOnly To)>> ForSchoolAsync(CaiTienDb db, int schoolId, CancellationToken ct = default)
    {
        var provinceId = await db.Schools.Where(s => s.Id == schoolId).Select(s => (int?)s.District!.ProvinceId).FirstOrDefaultAsync(ct);
        return (await db.Set<SchoolHoliday>().AsNoTracking()
                .Where(h => h.SchoolId == schoolId || (h.SchoolId == null && h.ProvinceId == provinceId))
                .Select(h => new { h.From, h.To }).ToListAsync(ct))
            .Select(h => (h.From, h.To)).ToList();
    }

    public static bool IsWorkingDay(DateOnly day, IReadOnlyList<(DateOnly From, DateOnly To)> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Any(h => day >= h.From && day <= h.To);
}
