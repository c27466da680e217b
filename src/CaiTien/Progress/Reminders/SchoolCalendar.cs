using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Progress.Reminders;

/// <summary>The school-year calendar as data: when the year starts, when semester I ends and when the year ends.
/// Provinces set their own dates (Quyết định khung kế hoạch thời gian năm học của UBND tỉnh), sometimes per school
/// year; a row with no province applies everywhere, a row with no school year applies to every year.</summary>
public sealed class SchoolCalendar
{
    public int Id { get; set; }
    public int? ProvinceId { get; set; }
    public string? SchoolYear { get; set; }
    public int StartMonth { get; set; } = 9;
    public int StartDay { get; set; } = 5;
    public int SemesterOneEndMonth { get; set; } = 1;
    public int SemesterOneEndDay { get; set; } = 15;
    public int EndMonth { get; set; } = 5;
    public int EndDay { get; set; } = 31;
}

public sealed record CalendarDates(DateOnly YearStart, DateOnly SemesterOneEnd, DateOnly YearEnd);

public sealed class SchoolCalendarConfiguration : IEntityTypeConfiguration<SchoolCalendar>
{
    public void Configure(EntityTypeBuilder<SchoolCalendar> e)
    {
        e.HasIndex(c => new { c.ProvinceId, c.SchoolYear }).IsUnique();
        e.Property(c => c.SchoolYear).HasMaxLength(9);
    }
}

public static class SchoolCalendars
{
    /// <summary>Defaults when no row applies: 5 September, semester I to 15 January, year to 31 May.</summary>
    public static readonly SchoolCalendar Default = new();

    /// <summary>The most specific calendar: province and year, province, year, everywhere, then the defaults.</summary>
    public static async Task<CalendarDates> ResolveAsync(CaiTienDb db, int? provinceId, string schoolYear, CancellationToken ct = default)
    {
        var rows = await db.Set<SchoolCalendar>().AsNoTracking()
            .Where(c => (c.ProvinceId == null || c.ProvinceId == provinceId) && (c.SchoolYear == null || c.SchoolYear == schoolYear))
            .ToListAsync(ct);
        var best = rows.OrderByDescending(c => (c.ProvinceId is null ? 0 : 2) + (c.SchoolYear is null ? 0 : 1)).FirstOrDefault() ?? Default;
        return DatesOf(best, schoolYear);
    }

    public static CalendarDates DatesOf(SchoolCalendar c, string schoolYear)
    {
        var first = SchoolYears.StartYear(schoolYear);
        DateOnly On(int month, int day)
        {
            var year = month >= 8 ? first : first + 1;
            return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        }
        return new CalendarDates(On(c.StartMonth, c.StartDay), On(c.SemesterOneEndMonth, c.SemesterOneEndDay), On(c.EndMonth, c.EndDay));
    }
}
