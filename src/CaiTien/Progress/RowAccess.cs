using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress;

/// <summary>One row of a plan the user may see, with the user's part in it.</summary>
public sealed record RowContext(Plan Plan, PlanRow Row, RowRole Role, StaffMember? Me)
{
    public bool IsPrincipalOfSchool(CurrentUser user) => user.Role == Roles.Principal && user.SchoolId == Plan.SchoolId;

    /// <summary>Only the row's lead, its coordinators and the school's principal report on it.</summary>
    public bool MayReport(CurrentUser user) => Role != RowRole.None || IsPrincipalOfSchool(user);
}

public static class RowAccess
{
    public const string NotAllowed =
        "Chỉ người chủ trì, người phối hợp thực hiện dòng này hoặc Hiệu trưởng mới được cập nhật; không có gì thay đổi.";

    /// <summary>Loads the row (tracked, with its plan) when the user's unit may see the plan; null otherwise.</summary>
    public static async Task<RowContext?> LoadAsync(CaiTienDb db, CurrentUser user, int rowId, CancellationToken ct)
    {
        var row = await db.PlanRows.FirstOrDefaultAsync(r => r.Id == rowId && db.Plans.VisibleTo(user).Any(p => p.Id == r.PlanId), ct);
        if (row is null) return null;
        var plan = await db.Plans.FirstAsync(p => p.Id == row.PlanId, ct);
        var staff = await StaffOfSchoolAsync(db, plan.SchoolId, ct);
        var me = await LinkedStaffAsync(db, user, staff, ct);
        var role = me is null ? RowRole.None : StaffMatching.RoleOf(me, staff, row.Lead, row.Coordinators);
        return new RowContext(plan, row, role, me);
    }

    public static Task<List<StaffMember>> StaffOfSchoolAsync(CaiTienDb db, int schoolId, CancellationToken ct) =>
        db.Staff.AsNoTracking().Where(s => s.SchoolId == schoolId).OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>The staff member the account is linked to, when they belong to the given staff list.</summary>
    public static async Task<StaffMember?> LinkedStaffAsync(CaiTienDb db, CurrentUser user, IReadOnlyList<StaffMember> staff, CancellationToken ct)
    {
        var staffId = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(ct);
        return staffId is null ? null : staff.FirstOrDefault(s => s.Id == staffId);
    }

    /// <summary>The school's issued plans that are in force: an issued plan replaced by a later issued revision is left out.</summary>
    public static async Task<List<Plan>> PlansInForceAsync(CaiTienDb db, CurrentUser user, int schoolId, CancellationToken ct)
    {
        var issued = await db.Plans.VisibleTo(user).AsNoTracking()
            .Where(p => p.SchoolId == schoolId && p.Status == PlanStatus.Issued)
            .Include(p => p.Items).ToListAsync(ct);
        var replaced = issued.Where(p => p.PreviousRevisionId is not null).Select(p => p.PreviousRevisionId!.Value).ToHashSet();
        return issued.Where(p => !replaced.Contains(p.Id)).OrderByDescending(p => p.SchoolYear).ToList();
    }
}
