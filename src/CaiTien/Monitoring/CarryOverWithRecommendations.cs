using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Monitoring;

/// <summary>"Tạo kế hoạch năm sau" from the monitoring results: the next year's draft starts from the rows not
/// completed (<see cref="CreatePlan.CarryOverAsync"/>) and takes the latest review's recommendations: on a carried
/// row they are added to its notes; a recommendation on a completed row starts a new row for that criterion.</summary>
public static class CarryOverWithRecommendations
{
    public sealed record Result(int? PlanId, string? Error, int RecommendationsUsed);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default)
    {
        var source = await db.Plans.VisibleTo(user).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (source is null) return new Result(null, "Không tìm thấy kế hoạch.", 0);
        var carried = await CreatePlan.CarryOverAsync(db, user, planId, clock, ct);
        if (carried.PlanId is not { } nextId) return new Result(null, carried.Error, 0);

        var review = await db.Set<MonitoringReview>().AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.Period).FirstOrDefaultAsync(ct);
        var recommendations = review?.Findings.Where(f => f.Recommendation is not null).ToDictionary(f => f.RowId, f => f.Recommendation!) ?? [];
        if (recommendations.Count == 0) return new Result(nextId, null, 0);

        db.ChangeTracker.Clear();
        var next = await db.Plans.Include(p => p.Items).FirstAsync(p => p.Id == nextId, ct);
        var framework = FrameworkRegistry.Default.Find(next.FrameworkId);
        var label = $"Kiến nghị của Tổ giám sát ({ReviewPeriods.Label(review!.Period)} năm học {source.SchoolYear})";
        // CarryOverAsync copies the rows not completed, in order: the n-th of them is the n-th row of the draft.
        var pairs = source.OrderedRows().Where(r => !r.Completed).Zip(next.OrderedRows()).ToDictionary(p => p.First.Id, p => p.Second);
        var used = 0;
        foreach (var row in source.OrderedRows())
        {
            if (!recommendations.TryGetValue(row.Id, out var recommendation)) continue;
            if (pairs.TryGetValue(row.Id, out var copy))
            {
                copy.Notes = string.IsNullOrWhiteSpace(copy.Notes) ? $"{label}: {recommendation}" : $"{copy.Notes}. {label}: {recommendation}";
                used++;
            }
            else if (framework?.FindCriterion(row.Criterion) is not null)
            {
                next.AddRow(new PlanRow { Criterion = row.Criterion, TargetResult = row.TargetResult, Tasks = recommendation, Lead = row.Lead, Notes = label });
                used++;
            }
        }
        next.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new Result(nextId, null, used);
    }
}
