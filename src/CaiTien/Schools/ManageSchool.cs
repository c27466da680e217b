using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>The principal keeps the school's staff list, satellite sites and, during the change of regime, the
/// framework each school year uses. Every change is for the signed-in principal's own school.</summary>
public static class ManageSchool
{
    public static async Task<string?> AddStaffAsync(CaiTienDb db, CurrentUser user, string? name, string? position, CancellationToken ct = default)
    {
        if (!IsPrincipal(user)) return "Chỉ Hiệu trưởng được cập nhật danh sách cán bộ.";
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(position)) return "Cần ghi cả họ tên và chức vụ.";
        if (name.Length > 200 || position.Length > 200) return "Họ tên hoặc chức vụ quá dài (tối đa 200 ký tự).";
        db.Staff.Add(new StaffMember { SchoolId = user.SchoolId!.Value, FullName = name.Trim(), Position = position.Trim() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> RemoveStaffAsync(CaiTienDb db, CurrentUser user, int staffId, CancellationToken ct = default)
    {
        if (!IsPrincipal(user)) return "Chỉ Hiệu trưởng được cập nhật danh sách cán bộ.";
        var removed = await db.Staff.Where(s => s.Id == staffId && s.SchoolId == user.SchoolId).ExecuteDeleteAsync(ct);
        return removed == 0 ? "Không tìm thấy cán bộ này trong trường." : null;
    }

    public static async Task<string?> AddSiteAsync(CaiTienDb db, CurrentUser user, string? name, string? address, CancellationToken ct = default)
    {
        if (!IsPrincipal(user)) return "Chỉ Hiệu trưởng được cập nhật điểm trường.";
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return "Cần ghi tên điểm trường (tối đa 200 ký tự).";
        db.SchoolSites.Add(new SchoolSite { SchoolId = user.SchoolId!.Value, Name = name.Trim(), Address = address?.Trim() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> RemoveSiteAsync(CaiTienDb db, CurrentUser user, int siteId, CancellationToken ct = default)
    {
        if (!IsPrincipal(user)) return "Chỉ Hiệu trưởng được cập nhật điểm trường.";
        var removed = await db.SchoolSites.Where(s => s.Id == siteId && s.SchoolId == user.SchoolId).ExecuteDeleteAsync(ct);
        return removed == 0 ? "Không tìm thấy điểm trường này." : null;
    }

    /// <summary>Sets the framework of a school year; an empty choice returns to the default of the year's regime.</summary>
    public static async Task<string?> ChooseFrameworkAsync(CaiTienDb db, CurrentUser user, string year, string? frameworkId, CancellationToken ct = default)
    {
        if (!IsPrincipal(user)) return "Chỉ Hiệu trưởng được chọn bộ tiêu chuẩn.";
        if (!SchoolYears.IsValid(year)) return $"Năm học \"{year}\" phải có dạng 2026-2027.";
        var school = await db.Schools.FirstAsync(s => s.Id == user.SchoolId, ct);
        var existing = await db.FrameworkChoices.FirstOrDefaultAsync(c => c.SchoolId == school.Id && c.SchoolYear == year && c.Level == school.Level, ct);
        if (string.IsNullOrEmpty(frameworkId))
        {
            if (existing is not null) db.FrameworkChoices.Remove(existing);
        }
        else
        {
            var framework = FrameworkRegistry.Default.Find(frameworkId);
            if (framework is null || !framework.SchoolLevels.Contains(school.Level))
                return "Bộ tiêu chuẩn này không áp dụng cho cấp học của trường.";
            if (existing is null) db.FrameworkChoices.Add(new FrameworkChoice { SchoolId = school.Id, SchoolYear = year, Level = school.Level, FrameworkId = framework.Id });
            else existing.FrameworkId = framework.Id;
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static bool IsPrincipal(CurrentUser user) => user.Role == Roles.Principal && user.SchoolId is not null;
}
