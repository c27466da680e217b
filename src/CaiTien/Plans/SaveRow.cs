using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Saves one row of a draft the user may edit. A stale version (someone saved in between) is not
/// overwritten: the caller gets the other person's row and keeps what was typed.</summary>
public static class SaveRow
{
    public enum Outcome { Saved, Invalid, Conflict, NotFound }

    public sealed record Result(Outcome Outcome, PlanRow? Row, IReadOnlyList<RowIssue> Issues, Plan? Plan = null);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, int rowId, int version, RowInput input,
        TimeProvider clock, CancellationToken ct = default)
    {
        // Only the plan header and the one row are loaded: a save must stay cheap on a 60-row plan.
        var plan = await db.Plans.EditableBy(user).FirstOrDefaultAsync(p => p.Id == planId, ct);
        var row = plan is null ? null : await db.PlanRows.FirstOrDefaultAsync(r => r.Id == rowId && r.PlanId == planId, ct);
        if (plan is null || row is null) return new Result(Outcome.NotFound, null, []);
        if (!plan.IsEditable)
            return new Result(Outcome.Invalid, row, [new("plan", "Kế hoạch đã ban hành; hãy tạo bản điều chỉnh để sửa.", true)], plan);
        if (row.Version != version) return new Result(Outcome.Conflict, row, [], plan);

        var framework = FrameworkRegistry.Default.Get(plan.FrameworkId);
        var issues = PlanRowRules.Check(input, framework, plan.SchoolYear);
        if (issues.Any(i => i.IsError)) return new Result(Outcome.Invalid, row, issues, plan);

        PlanRowRules.Apply(row, input, plan.SchoolYear);
        plan.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.PlanRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId, ct);
            return current is null ? new Result(Outcome.NotFound, null, []) : new Result(Outcome.Conflict, current, [], plan);
        }
        return new Result(Outcome.Saved, row, issues, plan);
    }
}
