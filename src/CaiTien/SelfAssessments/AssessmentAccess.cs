using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>Who may see and change a school's self-assessment, and which framework it follows. The school
/// always comes from the signed-in user's session, never from a form.</summary>
public static class AssessmentAccess
{
    /// <summary>Only the school's own users see its assessment (not the district or the province).</summary>
    public static IQueryable<SelfAssessment> VisibleTo(this IQueryable<SelfAssessment> assessments, CurrentUser user) =>
        user.IsSchoolUser ? assessments.Where(a => a.SchoolId == user.SchoolId) : assessments.Where(a => false);

    public static bool CanManage(CurrentUser user) => user.IsSchoolUser && user.Role == Roles.Principal;

    public const string ManageOnlyMessage = "Chỉ hiệu trưởng mới được thành lập hội đồng, phân công tiêu chí và tạo kế hoạch cải tiến từ kết quả tự đánh giá.";

    public static Task<SelfAssessment?> FindAsync(CaiTienDb db, CurrentUser user, string schoolYear, CancellationToken ct) =>
        db.SelfAssessments.VisibleTo(user).FirstOrDefaultAsync(a => a.SchoolYear == schoolYear, ct);

    /// <summary>The framework of a school year: the school's own choice when recorded, else the default of
    /// the year's regime for the school's level.</summary>
    public static async Task<Framework?> ResolveFrameworkAsync(CaiTienDb db, int schoolId, string schoolYear, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Level }).FirstOrDefaultAsync(ct);
        if (school is null) return null;
        var chosen = await db.FrameworkChoices.AsNoTracking()
            .Where(f => f.SchoolId == schoolId && f.SchoolYear == schoolYear && f.Level == school.Level)
            .Select(f => f.FrameworkId).FirstOrDefaultAsync(ct);
        return chosen is not null
            ? FrameworkRegistry.Default.Find(chosen)
            : FrameworkRegistry.Default.ForLevel(school.Level, SchoolYears.DefaultRegime(schoolYear));
    }

    /// <summary>Finds the year's assessment or starts one (principal only), fixing its framework.</summary>
    public static async Task<(SelfAssessment? Assessment, Outcome? Refused)> FindOrStartAsync(
        CaiTienDb db, CurrentUser user, string schoolYear, DateTimeOffset now, CancellationToken ct)
    {
        if (!SchoolYears.IsValid(schoolYear)) return (null, Outcome.Invalid($"Năm học “{schoolYear}” không hợp lệ (viết dạng 2025-2026)."));
        if (!CanManage(user)) return (null, Outcome.Forbidden(ManageOnlyMessage));
        var existing = await FindAsync(db, user, schoolYear, ct);
        if (existing is not null) return (existing, null);
        var framework = await ResolveFrameworkAsync(db, user.SchoolId!.Value, schoolYear, ct);
        if (framework is null) return (null, Outcome.Invalid($"Chưa có bộ tiêu chuẩn áp dụng cho trường trong năm học {schoolYear}."));
        var started = new SelfAssessment { SchoolId = user.SchoolId.Value, SchoolYear = schoolYear, FrameworkId = framework.Id, CreatedAt = now, UpdatedAt = now };
        db.SelfAssessments.Add(started);
        return (started, null);
    }

    public static Framework FrameworkOf(SelfAssessment assessment) => FrameworkRegistry.Default.Get(assessment.FrameworkId);
}
