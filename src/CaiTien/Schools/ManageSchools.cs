using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>The administrator, or a Sở officer within her province, creates, renames, moves, merges and closes
/// schools. A school's old names and units stay in its history; plans keep the names they were issued with.</summary>
public static class ManageSchools
{
    public const string OutOfScope = "Không tìm thấy trường trong phạm vi quản lý của bạn.";

    public static async Task<(int? Id, string? Error)> CreateAsync(CaiTienDb db, CurrentUser user, string? code, string? name, string? level, int unitId, CancellationToken ct = default)
    {
        var unit = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == unitId, ct);
        if (unit is null) return (null, ManageUnits.OutOfScope);
        if (!unit.IsOpen) return (null, $"Đơn vị \"{unit.OfficeName}\" đã ngừng hoạt động.");
        code = code?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > 30 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return (null, "Mã trường chỉ gồm chữ không dấu, số, '-', '_' (tối đa 30 ký tự).");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return (null, "Cần ghi tên trường (tối đa 200 ký tự).");
        var schoolLevel = ImportSchoolList.LevelOf(level) ?? (Documents.Interchange.SchoolLevels.All.Contains(level) ? level : null);
        if (schoolLevel is null) return (null, "Cấp học không rõ: chọn Mầm non, Tiểu học, THCS, THPT hoặc Liên cấp.");
        if (await db.Schools.AnyAsync(s => s.Code == code, ct)) return (null, $"Mã trường \"{code}\" đã có.");
        var school = new School
        {
            Code = code, Name = name.Trim(), Abbreviation = code, Level = schoolLevel, DistrictId = unit.Id,
            GoverningBody = Letterhead.GoverningBody(unit),
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);
        return (school.Id, null);
    }

    public static async Task<string?> RenameAsync(CaiTienDb db, CurrentUser user, int schoolId, string? name, DateOnly on, CancellationToken ct = default)
    {
        var school = await db.Schools.AdministeredBy(user).FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null) return OutOfScope;
        if (school.ClosedOn is not null) return "Trường đã ngừng hoạt động, không đổi tên được.";
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return "Cần ghi tên mới của trường (tối đa 200 ký tự).";
        db.UnitEvents.Add(new UnitEvent { SchoolId = school.Id, Kind = UnitEventKind.Renamed, On = on, OldName = school.Name, NewName = name.Trim() });
        school.Name = name.Trim();
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>From the school year <paramref name="fromYear"/> on the school is supervised by another unit.</summary>
    public static async Task<string?> MoveAsync(CaiTienDb db, CurrentUser user, int schoolId, int unitId, string? fromYear, CancellationToken ct = default)
    {
        var school = await db.Schools.AdministeredBy(user).FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null) return OutOfScope;
        var unit = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == unitId, ct);
        if (unit is null) return ManageUnits.OutOfScope;
        if (!unit.IsOpen) return $"Đơn vị \"{unit.OfficeName}\" đã ngừng hoạt động.";
        if (!SchoolYears.IsValid(fromYear)) return $"Năm học \"{fromYear}\" phải có dạng 2025-2026.";
        await Supervision.MoveAsync(db, school, unit.Id, fromYear!, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> MergeAsync(CaiTienDb db, CurrentUser user, int schoolId, int intoId, DateOnly on, CancellationToken ct = default)
    {
        if (schoolId == intoId) return "Không sáp nhập một trường vào chính nó.";
        var school = await db.Schools.AdministeredBy(user).FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        var into = await db.Schools.AdministeredBy(user).FirstOrDefaultAsync(s => s.Id == intoId, ct);
        if (school is null || into is null) return OutOfScope;
        if (school.ClosedOn is not null) return $"Trường \"{school.Name}\" đã ngừng hoạt động.";
        if (into.ClosedOn is not null) return $"Không sáp nhập vào \"{into.Name}\": trường này đã ngừng hoạt động.";
        school.ClosedOn = on.AddDays(-1);
        school.MergedIntoId = into.Id;
        db.UnitEvents.Add(new UnitEvent { SchoolId = school.Id, Kind = UnitEventKind.MergedInto, On = on, OldName = school.Name, NewName = into.Name, IntoId = into.Id });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> CloseAsync(CaiTienDb db, CurrentUser user, int schoolId, DateOnly on, CancellationToken ct = default)
    {
        var school = await db.Schools.AdministeredBy(user).FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null) return OutOfScope;
        if (school.ClosedOn is not null) return "Trường đã ngừng hoạt động từ trước.";
        school.ClosedOn = on.AddDays(-1);
        db.UnitEvents.Add(new UnitEvent { SchoolId = school.Id, Kind = UnitEventKind.Closed, On = on, OldName = school.Name });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
