using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Read-only view of a district's plans for the district's own systems (the JSON API).</summary>
public static class DistrictPlans
{
    public sealed record PlanSummary(int Id, string SchoolCode, string SchoolName, string SchoolLevel, string SchoolYear, int Revision,
        string Status, string? ReviewStatus, DateTimeOffset? IssuedAt, bool Published, Progress Progress);

    public sealed record Progress(int Rows, int Completed, int Overdue, long BudgetVnd)
    {
        public double? PercentCompleted => Rows == 0 ? null : Math.Round(100.0 * Completed / Rows, 1);
    }

    public sealed record Row(int Number, string Criterion, string? TargetResult, string? Tasks, string? Lead, string? TimeText,
        string? Start, string? End, long? BudgetVnd, string? FundingSource, bool Completed, bool Overdue);

    public sealed record PlanDetail(PlanSummary Plan, IReadOnlyList<Row> Rows);

    public static async Task<IReadOnlyList<PlanSummary>> ListAsync(CaiTienDb db, int districtId, string? year, DateOnly today, CancellationToken ct = default)
    {
        var plans = db.Plans.SupervisedBy(districtId);
        if (!string.IsNullOrWhiteSpace(year)) plans = plans.Where(p => p.SchoolYear == year);
        return await SummariesAsync(db, plans, today, ct);
    }

    public static async Task<PlanDetail?> DetailAsync(CaiTienDb db, int districtId, int planId, DateOnly today, CancellationToken ct = default)
    {
        var summary = (await SummariesAsync(db, db.Plans.Where(p => p.Id == planId).SupervisedBy(districtId), today, ct)).FirstOrDefault();
        if (summary is null) return null;
        var month = Month(today);
        var rows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync(ct);
        return new PlanDetail(summary, rows.Select((r, i) => new Row(i + 1, r.Criterion, r.TargetResult, r.Tasks, r.Lead, r.TimeText,
            r.Start, r.End, r.BudgetVnd, r.FundingSource, r.Completed,
            !r.Completed && r.End is not null && string.CompareOrdinal(r.End, month) < 0)).ToList());
    }

    private static string Month(DateOnly today) => $"{today.Year}-{today.Month:00}";

    private static async Task<IReadOnlyList<PlanSummary>> SummariesAsync(CaiTienDb db, IQueryable<Plan> plans, DateOnly today, CancellationToken ct)
    {
        var month = Month(today);
        var list = await plans.AsNoTracking().OrderBy(p => p.School!.Code).ThenBy(p => p.SchoolYear).ThenBy(p => p.Revision)
            .Select(p => new
            {
                p.Id, p.School!.Code, p.School.Name, p.School.Level, p.SchoolYear, p.Revision, p.Status, p.IssuedAt,
                Superseded = db.Plans.Any(n => n.PreviousRevisionId == p.Id && n.Status == PlanStatus.Issued),
                Rows = p.Items.Count,
                Done = p.Items.Count(i => i.Completed),
                Overdue = p.Items.Count(i => !i.Completed && i.End != null && string.Compare(i.End, month) < 0),
                Budget = p.Items.Sum(i => i.BudgetVnd ?? 0),
            }).ToListAsync(ct);
        var ids = list.Select(p => p.Id).ToArray();
        var reviews = await db.PlanSubmissions.AsNoTracking().Where(s => ids.Contains(s.PlanId)).Select(s => new { s.Id, s.PlanId, s.Status }).ToListAsync(ct);
        var published = await db.Publications.AsNoTracking().Where(p => ids.Contains(p.PlanId)).Select(p => p.PlanId).Distinct().ToListAsync(ct);
        var reviewOf = reviews.GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Status);
        return list.Select(p => new PlanSummary(p.Id, p.Code, p.Name, p.Level, p.SchoolYear, p.Revision,
            PlanStatuses.ApiName(p.Status, p.Superseded),
            reviewOf.TryGetValue(p.Id, out var r) ? ApiName(r) : null,
            p.IssuedAt, published.Contains(p.Id), new Progress(p.Rows, p.Done, p.Overdue, p.Budget))).ToList();
    }

    private static string ApiName(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "submitted",
        SubmissionStatus.ChangesRequested => "changesRequested",
        _ => "accepted",
    };
}
