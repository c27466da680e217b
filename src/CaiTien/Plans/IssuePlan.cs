using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Nháp → Đã ban hành: the plan is frozen and its exact content kept as a snapshot.</summary>
public static class IssuePlan
{
    public static async Task<string?> RunAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.EditableBy(user).Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return "Không tìm thấy kế hoạch, hoặc bạn không có quyền ban hành.";
        try
        {
            plan.Issue(clock.GetUtcNow(), user.Name);
        }
        catch (PlanRuleException ex)
        {
            return ex.Message;
        }
        plan.IssuedOn ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await db.SaveChangesAsync(ct);
        db.Add(PlanSnapshot.Of(plan, ExportPlan.ToDocument(plan)));
        await db.SaveChangesAsync(ct);
        if (plan.PreviousRevisionId is { } previous) await CarryWorkForward.RunAsync(db, previous, plan, ct);
        return null;
    }
}
