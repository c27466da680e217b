using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Who reviews a plan: the officer of the unit supervising the school in the plan's school year (cơ quan
/// quản lý trực tiếp), whatever its kind; for a school under the Sở itself (THPT, GDTX), the Sở's officers.</summary>
public static class Reviewers
{
    public const string Title = "cơ quan quản lý trực tiếp";

    public static async Task<bool> CanReviewAsync(CaiTienDb db, CurrentUser user, int planId, CancellationToken ct = default)
    {
        if (!user.IsDistrictOfficer && !user.IsProvinceOfficer) return false;
        var plan = await db.Plans.VisibleTo(user).AsNoTracking().Select(p => new { p.Id, p.SchoolId, p.SchoolYear })
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return false;
        if (user.IsDistrictOfficer) return true;
        var unit = await Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear, ct);
        return unit.Kind == UnitKind.ProvinceDepartment && unit.ProvinceId == user.ProvinceId;
    }
}
