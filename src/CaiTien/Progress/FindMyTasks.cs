using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress;

/// <summary>"Việc của tôi": every row of the school's plans in force where the signed-in user is lead or coordinator.</summary>
public static class FindMyTasks
{
    public sealed record TaskLine(int PlanId, string SchoolYear, int RowId, string Criterion, string? TargetResult, string? Tasks,
        string? Lead, string? Coordinators, string? TimeText, DateOnly? Deadline, RowRole Role, RowStatus Status, int Percent, bool Overdue);

    /// <param name="StaffName">The linked staff member, or null when the account is not linked to the staff list.</param>
    public sealed record Result(string? StaffName, string? StaffPosition, IReadOnlyList<TaskLine> Tasks);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, TimeProvider clock, CancellationToken ct = default)
    {
        if (user.SchoolId is not { } schoolId) return new Result(null, null, []);
        var staff = await RowAccess.StaffOfSchoolAsync(db, schoolId, ct);
        var me = await RowAccess.LinkedStaffAsync(db, user, staff, ct);
        if (me is null) return new Result(null, null, []);
        var plans = await RowAccess.PlansInForceAsync(db, user, schoolId, ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var progress = await db.Set<RowProgress>().AsNoTracking().Where(p => planIds.Contains(p.PlanId))
            .ToDictionaryAsync(p => p.PlanRowId, ct);
        var today = Deadlines.Today(clock);
        var tasks = new List<TaskLine>();
        foreach (var plan in plans)
        {
            foreach (var row in plan.OrderedRows())
            {
                var role = StaffMatching.RoleOf(me, staff, row.Lead, row.Coordinators);
                if (role == RowRole.None) continue;
                var state = progress.GetValueOrDefault(row.Id);
                tasks.Add(new TaskLine(plan.Id, plan.SchoolYear, row.Id, row.Criterion, row.TargetResult, row.Tasks, row.Lead, row.Coordinators,
                    row.TimeText, Deadlines.DueOn(row.End), role, state?.Status ?? RowStatus.NotStarted, state?.Percent ?? 0,
                    Deadlines.IsOverdue(row, today)));
            }
        }
        return new Result(me.FullName, me.Position, tasks);
    }
}
