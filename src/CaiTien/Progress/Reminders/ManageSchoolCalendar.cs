using CaiTien.Accounts;
using CaiTien.Audit;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress.Reminders;

/// <summary>The school calendar: the Sở sets the province's term dates and holidays for a school year; a principal adds
/// the school's own days off. Reminders (HK I / year-end reviews) and working-day deadlines read these.</summary>
public static class ManageSchoolCalendar
{
    public sealed record Calendar(string SchoolYear, CalendarDates Dates, bool OwnTermDates, IReadOnlyList<SchoolHoliday> Holidays);

    public static bool CanEdit(CurrentUser me) => me.IsPrincipal || me.IsProvinceOfficer;

    public static async Task<Calendar?> LoadAsync(CaiTienDb db, CurrentUser me, string schoolYear, CancellationToken ct)
    {
        var provinceId = await ProvinceOfAsync(db, me, ct);
        if (provinceId is null && !me.IsProvinceOfficer) return null;
        var dates = await SchoolCalendars.ResolveAsync(db, provinceId, schoolYear, ct);
        var own = await db.Set<SchoolCalendar>().AnyAsync(c => c.ProvinceId == provinceId && c.SchoolYear == schoolYear, ct);
        var holidays = await db.Set<SchoolHoliday>().AsNoTracking()
            .Where(h => h.SchoolYear == schoolYear && ((h.SchoolId == null && h.ProvinceId == provinceId) || (me.SchoolId != null && h.SchoolId == me.SchoolId)))
            .ToListAsync(ct);
        return new Calendar(schoolYear, dates, own, holidays.OrderBy(h => h.From).ToList());
    }

    public static async Task<string?> AddHolidayAsync(CaiTienDb db, CurrentUser me, string schoolYear, string? name, DateOnly? from, DateOnly? to, TimeProvider clock, CancellationToken ct)
    {
        if (!CanEdit(me)) return "Chỉ Hiệu trưởng (ngày nghỉ của trường) hoặc chuyên viên Sở (ngày nghỉ của tỉnh) được sửa lịch năm học.";
        if (!SchoolYears.IsValid(schoolYear)) return "Năm học không hợp lệ (ví dụ 2025-2026).";
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200) return "Cần ghi tên ngày nghỉ (tối đa 200 ký tự).";
        if (from is not { } start) return "Cần chọn ngày bắt đầu nghỉ.";
        var end = to ?? start;
        if (end < start) return "Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi.";
        var first = SchoolYears.StartYear(schoolYear);
        if (start < new DateOnly(first, 8, 1) || end > new DateOnly(first + 1, 7, 31)) return $"Ngày nghỉ phải nằm trong năm học {schoolYear} (01/8/{first} – 31/7/{first + 1}).";
        if (end.DayNumber - start.DayNumber > 60) return "Một đợt nghỉ dài quá 60 ngày; hãy kiểm tra lại ngày.";
        db.Set<SchoolHoliday>().Add(new SchoolHoliday
        {
            SchoolYear = schoolYear, Name = name, From = start, To = end,
            SchoolId = me.IsPrincipal ? me.SchoolId : null, ProvinceId = me.IsProvinceOfficer ? me.ProvinceId : null,
        });
        Audit(db, "HolidayAdded", $"{schoolYear}: {name} {start:dd/MM/yyyy}–{end:dd/MM/yyyy}", clock);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> RemoveHolidayAsync(CaiTienDb db, CurrentUser me, int id, TimeProvider clock, CancellationToken ct)
    {
        var holiday = await db.Set<SchoolHoliday>().FirstOrDefaultAsync(h => h.Id == id
            && ((me.IsPrincipal && h.SchoolId == me.SchoolId) || (me.IsProvinceOfficer && h.SchoolId == null && h.ProvinceId == me.ProvinceId)), ct);
        if (holiday is null) return "Không tìm thấy ngày nghỉ này trong lịch của đơn vị bạn.";
        db.Remove(holiday);
        Audit(db, "HolidayRemoved", $"{holiday.SchoolYear}: {holiday.Name}", clock);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> SetTermDatesAsync(CaiTienDb db, CurrentUser me, string schoolYear, DateOnly? start, DateOnly? semesterOneEnd, DateOnly? end, TimeProvider clock, CancellationToken ct)
    {
        if (!me.IsProvinceOfficer) return "Chỉ chuyên viên Sở GD&ĐT được đặt khung thời gian năm học của tỉnh.";
        if (!SchoolYears.IsValid(schoolYear)) return "Năm học không hợp lệ (ví dụ 2025-2026).";
        if (start is not { } s || semesterOneEnd is not { } m || end is not { } e) return "Cần chọn đủ ba ngày: khai giảng, kết thúc học kỳ I, kết thúc năm học.";
        if (!(s < m && m < e)) return "Các ngày phải theo thứ tự: khai giảng, kết thúc học kỳ I, kết thúc năm học.";
        var first = SchoolYears.StartYear(schoolYear);
        if (s < new DateOnly(first, 8, 1) || e > new DateOnly(first + 1, 7, 31)) return $"Các ngày phải nằm trong năm học {schoolYear}.";
        var row = await db.Set<SchoolCalendar>().FirstOrDefaultAsync(c => c.ProvinceId == me.ProvinceId && c.SchoolYear == schoolYear, ct);
        if (row is null) db.Add(row = new SchoolCalendar { ProvinceId = me.ProvinceId, SchoolYear = schoolYear });
        (row.StartMonth, row.StartDay, row.SemesterOneEndMonth, row.SemesterOneEndDay, row.EndMonth, row.EndDay) = (s.Month, s.Day, m.Month, m.Day, e.Month, e.Day);
        Audit(db, "TermDatesSet", $"{schoolYear}: {s:dd/MM/yyyy}, {m:dd/MM/yyyy}, {e:dd/MM/yyyy}", clock);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static async Task<int?> ProvinceOfAsync(CaiTienDb db, CurrentUser me, CancellationToken ct) => me switch
    {
        { IsProvinceOfficer: true } => me.ProvinceId,
        { SchoolId: { } s } => await db.Schools.Where(x => x.Id == s).Select(x => (int?)x.District!.ProvinceId).FirstOrDefaultAsync(ct),
        { DistrictId: { } d } => await db.Districts.Where(x => x.Id == d).Select(x => (int?)x.ProvinceId).FirstOrDefaultAsync(ct),
        _ => null,
    };

    private static void Audit(CaiTienDb db, string action, string what, TimeProvider clock)
    {
        var (id, name) = AuditActor.Now;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = id, UserName = name, Entity = "SchoolCalendar", EntityId = "-", Action = action,
            After = System.Text.Json.JsonSerializer.Serialize(new { What = what }),
        });
    }
}
