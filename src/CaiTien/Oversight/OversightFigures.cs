using CaiTien.Data;
using CaiTien.Documents.Phrases;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The figures both dashboards show, computed with a fixed number of set-based queries whatever the
/// number of schools (no query per school).</summary>
public static class OversightFigures
{
    public sealed record SchoolLine(int SchoolId, string Code, string Name, string Level, int DistrictId, int? PlanId, int Revision,
        OversightStatus Status, int Rows, int Done, int Overdue, long Budget, DateTimeOffset? LastReview, DateTimeOffset? PublishedAt,
        IReadOnlyList<SourceTotal> BudgetBySource)
    {
        public double? PercentDone => Rows == 0 ? null : Math.Round(100.0 * Done / Rows, 1);
    }

    public sealed record CriterionCount(string FrameworkId, string Criterion, int Plans);

    public sealed record SourceTotal(string Source, long Vnd);

    /// <summary>One line per school of <paramref name="schools"/>, on the newest revision of its plan for the year.</summary>
    public static async Task<IReadOnlyList<SchoolLine>> SchoolsAsync(CaiTienDb db, IQueryable<School> schools, string year, DateOnly today, CancellationToken ct = default)
    {
        var month = $"{today.Year}-{today.Month:00}";
        var schoolIds = schools.Select(s => s.Id);
        var schoolRows = await schools.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Code, s.Name, s.Level }).ToListAsync(ct);
        var unitOf = await Supervision.UnitsOfAsync(db, schools, year, ct);
        var planQuery = db.Plans.Where(p => p.SchoolYear == year && schoolIds.Contains(p.SchoolId));
        var planRows = await planQuery.AsNoTracking().Select(p => new { p.Id, p.SchoolId, p.Revision, p.Status }).ToListAsync(ct);
        // One grouped scan of the rows gives every per-plan figure and the budget by funding source.
        var groups = await db.PlanRows.AsNoTracking().Where(r => planQuery.Select(p => p.Id).Contains(r.PlanId))
            .GroupBy(r => new { r.PlanId, r.FundingSource, Text = r.FundingSource == null && r.BudgetVnd > 0 ? r.BudgetText : null })
            .Select(g => new
            {
                g.Key.PlanId, g.Key.FundingSource, g.Key.Text,
                Rows = g.Count(),
                Done = g.Count(i => i.Completed),
                Overdue = g.Count(i => !i.Completed && i.End != null && string.Compare(i.End, month) < 0),
                Budget = g.Sum(i => i.BudgetVnd ?? 0),
            }).ToListAsync(ct);
        var stats = groups.GroupBy(g => g.PlanId).ToDictionary(g => g.Key, g => new
        {
            Rows = g.Sum(x => x.Rows), Done = g.Sum(x => x.Done), Overdue = g.Sum(x => x.Overdue), Budget = g.Sum(x => x.Budget),
            Sources = SumBySource(g.Where(x => x.Budget > 0).Select(x => (x.FundingSource, x.Text, x.Budget))),
        });
        var plans = planRows.Select(p =>
        {
            var stat = stats.GetValueOrDefault(p.Id);
            return new
            {
                p.Id, p.SchoolId, p.Revision, p.Status, Rows = stat?.Rows ?? 0, Done = stat?.Done ?? 0, Overdue = stat?.Overdue ?? 0,
                Budget = stat?.Budget ?? 0L, Sources = stat?.Sources ?? [],
            };
        }).ToList();
        var submissions = await db.PlanSubmissions.AsNoTracking().Where(s => s.SchoolYear == year && schoolIds.Contains(s.SchoolId))
            .Select(s => new { s.Id, s.SchoolId, s.Status, s.Revision, s.DecidedAt }).ToListAsync(ct);
        var publications = await db.Publications.AsNoTracking().Where(p => p.SchoolYear == year && schoolIds.Contains(p.SchoolId))
            .Select(p => new { p.Id, p.SchoolId, p.PublishedAt }).ToListAsync(ct);

        var planBySchool = plans.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Revision)!);
        var submissionsBySchool = submissions.ToLookup(s => s.SchoolId);
        var publishedBySchool = publications.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!.PublishedAt);

        return schoolRows.Select(s =>
        {
            var plan = planBySchool.GetValueOrDefault(s.Id);
            var subs = submissionsBySchool[s.Id].ToList();
            var latestSub = subs.MaxBy(x => x.Id);
            var published = publishedBySchool.TryGetValue(s.Id, out var at) ? at : (DateTimeOffset?)null;
            var status = OversightStatuses.Resolve(plan is not null, plan?.Status == PlanStatus.Issued, plan?.Revision ?? 0,
                latestSub is null ? null : (latestSub.Status, latestSub.Revision), published is not null);
            var lastReview = subs.Where(x => x.DecidedAt is not null).MaxBy(x => x.Id)?.DecidedAt;
            return new SchoolLine(s.Id, s.Code, s.Name, s.Level, unitOf[s.Id], plan?.Id, plan?.Revision ?? 0, status,
                plan?.Rows ?? 0, plan?.Done ?? 0, plan?.Overdue ?? 0, plan?.Budget ?? 0, lastReview, published, plan?.Sources ?? []);
        }).ToList();
    }

    /// <summary>Criteria addressed by the most plans (counted once per plan), grouped by framework since the same
    /// code means different criteria in different circulars.</summary>
    public static async Task<IReadOnlyList<CriterionCount>> TopCriteriaAsync(CaiTienDb db, IReadOnlyCollection<int> planIds, int take, CancellationToken ct = default)
    {
        if (planIds.Count == 0) return [];
        var ids = planIds.ToArray();
        var frameworks = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.FrameworkId }).ToListAsync(ct);
        var counts = new List<(string FrameworkId, string Criterion, int Plans)>();
        foreach (var group in frameworks.GroupBy(f => f.FrameworkId))
        {
            var ofFramework = group.Select(f => f.Id).ToArray();
            var perCriterion = await db.PlanRows.AsNoTracking().Where(r => ofFramework.Contains(r.PlanId))
                .GroupBy(r => r.Criterion)
                .Select(g => new { Criterion = g.Key, Plans = g.Select(r => r.PlanId).Distinct().Count() })
                .ToListAsync(ct);
            counts.AddRange(perCriterion.Select(c => (group.Key, c.Criterion, c.Plans)));
        }
        return counts.OrderByDescending(c => c.Plans).ThenBy(c => c.FrameworkId).ThenBy(c => c.Criterion, StringComparer.Ordinal)
            .Take(take).Select(c => new CriterionCount(c.FrameworkId, c.Criterion, c.Plans)).ToList();
    }

    /// <summary>Budget totals by funding source over the schools' plans, classified the same way as a single plan's totals.</summary>
    public static IReadOnlyList<SourceTotal> BudgetBySource(IEnumerable<SchoolLine> lines) =>
        lines.SelectMany(l => l.BudgetBySource).GroupBy(t => t.Source)
            .Select(g => new SourceTotal(g.Key, g.Sum(t => t.Vnd))).OrderByDescending(t => t.Vnd).ToList();

    private static IReadOnlyList<SourceTotal> SumBySource(IEnumerable<(string? FundingSource, string? Text, long Vnd)> groups) =>
        groups.GroupBy(g => MoneyPhrase.Classify(g.FundingSource) ?? MoneyPhrase.Classify(g.Text) ?? PlanTotals.UnknownSource)
            .Select(g => new SourceTotal(g.Key, g.Sum(x => x.Vnd))).ToList();

    /// <summary>The school year the dashboards open on: the current one if it has plans, else the latest earlier one
    /// with plans, else the earliest later one: never an empty year when some year has data.</summary>
    public static async Task<(string Year, IReadOnlyList<string> Years)> YearsAsync(IQueryable<Plan> plans, string? requested, DateOnly today, CancellationToken ct = default)
    {
        var years = await plans.Select(p => p.SchoolYear).Distinct().ToListAsync(ct);
        years = years.OrderByDescending(y => y, StringComparer.Ordinal).ToList();
        if (requested is not null && SchoolYears.IsValid(requested)) return (requested, years);
        var current = SchoolYears.Containing(today);
        var year = years.FirstOrDefault(y => string.CompareOrdinal(y, current) <= 0) ?? years.LastOrDefault() ?? current;
        return (year, years);
    }
}
