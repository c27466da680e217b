using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The figures both dashboards show, from a fixed number of queries whatever the number of schools: the
/// plans of the year, their kept <see cref="PlanFigures"/>, submissions and publications — never the rows.</summary>
public static class OversightFigures
{
    public sealed record SchoolLine(int SchoolId, string Code, string Name, string Level, int DistrictId, int? PlanId, int Revision,
        OversightStatus Status, int Rows, int Done, int Overdue, long Budget, DateTimeOffset? LastReview, DateTimeOffset? PublishedAt,
        IReadOnlyList<SourceTotal> BudgetBySource)
    {
        public double? PercentDone => Rows == 0 ? null : Math.Round(100.0 * Done / Rows, 1);
        public string? FrameworkId { get; init; }
        public IReadOnlyList<string> Criteria { get; init; } = [];
    }

    public sealed record CriterionCount(string FrameworkId, string Criterion, int Plans);

    public sealed record SourceTotal(string Source, long Vnd);

    /// <summary>One line per school, on the newest revision of its plan for the year, in the order given.</summary>
    public static async Task<IReadOnlyList<SchoolLine>> SchoolsAsync(CaiTienDb db, SupervisedSchools supervised, string year, DateOnly today, CancellationToken ct = default)
    {
        var month = $"{today.Year}-{today.Month:00}";
        var schools = supervised.In(year);
        var ids = supervised.IdQuery;
        // One round trip: each school's newest revision with its figures, and the newest submission, review and
        // publication of the year, each picked on the server by an anti-join rather than read in full.
        var newestPlans = db.Plans.AsNoTracking().Where(p => p.SchoolYear == year && ids.Contains(p.SchoolId)
            && !db.Plans.Any(q => q.SchoolId == p.SchoolId && q.SchoolYear == year && q.Revision > p.Revision));
        var newestSubmissions = db.PlanSubmissions.AsNoTracking().Where(s => s.SchoolYear == year
            && !db.PlanSubmissions.Any(t => t.SchoolId == s.SchoolId && t.SchoolYear == year && t.Id > s.Id));
        var newestReviews = db.PlanSubmissions.AsNoTracking().Where(s => s.SchoolYear == year && s.DecidedAt != null
            && !db.PlanSubmissions.Any(t => t.SchoolId == s.SchoolId && t.SchoolYear == year && t.DecidedAt != null && t.Id > s.Id));
        var newestPublications = db.Publications.AsNoTracking().Where(x => x.SchoolYear == year
            && !db.Publications.Any(t => t.SchoolId == x.SchoolId && t.SchoolYear == year && t.Id > x.Id));
        var plans = await (
            from p in newestPlans
            join f in db.PlanFigures.AsNoTracking() on p.Id equals f.PlanId into kept
            from f in kept.DefaultIfEmpty()
            join s in newestSubmissions on p.SchoolId equals s.SchoolId into submitted
            from s in submitted.DefaultIfEmpty()
            join r in newestReviews on p.SchoolId equals r.SchoolId into reviewed
            from r in reviewed.DefaultIfEmpty()
            join x in newestPublications on p.SchoolId equals x.SchoolId into published
            from x in published.DefaultIfEmpty()
            select new
            {
                p.Id, p.SchoolId, p.Revision, p.Status, p.FrameworkId, Figures = f,
                SubStatus = s == null ? (SubmissionStatus?)null : s.Status,
                SubRevision = s == null ? (int?)null : s.Revision,
                LastReview = r == null ? null : r.DecidedAt,
                Published = x == null ? (DateTimeOffset?)null : x.PublishedAt,
            }).ToListAsync(ct);
        var planBySchool = plans.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Revision)!);
        var figures = await PlanFiguresFill.CompleteAsync(db, planBySchool.Values.ToDictionary(p => p.Id, p => (PlanFigures?)p.Figures), ct);

        return schools.Select(s =>
        {
            var plan = planBySchool.GetValueOrDefault(s.Id);
            var figure = plan is null ? null : figures.GetValueOrDefault(plan.Id);
            // Submissions and publications belong to a plan of the year, so a school without one has neither.
            var published = plan?.Published;
            var status = OversightStatuses.Resolve(plan is not null, plan?.Status == PlanStatus.Issued, plan?.Revision ?? 0,
                plan?.SubStatus is { } subStatus ? (subStatus, plan.SubRevision ?? 0) : null, published is not null);
            var lastReview = plan?.LastReview;
            var sources = figure?.SourceTotalList().ConvertAll(t => new SourceTotal(t.Source, t.Vnd)) ?? [];
            return new SchoolLine(s.Id, s.Code, s.Name, s.Level, s.UnitId, plan?.Id, plan?.Revision ?? 0, status,
                figure?.Rows ?? 0, figure?.Done ?? 0, figure?.OverdueBefore(month) ?? 0, figure?.Budget ?? 0, lastReview, published, sources)
            {
                FrameworkId = plan?.FrameworkId,
                Criteria = figure?.CriterionCodes().ToList() ?? [],
            };
        }).ToList();
    }

    /// <summary>Criteria addressed by the most plans (counted once per plan), grouped by framework since the same
    /// code means different criteria in different circulars.</summary>
    public static IReadOnlyList<CriterionCount> TopCriteria(IEnumerable<SchoolLine> lines, int take)
    {
        var counts = new Dictionary<(string FrameworkId, string Criterion), int>();
        foreach (var line in lines.Where(l => l.FrameworkId is not null))
            foreach (var criterion in line.Criteria)
                counts[(line.FrameworkId!, criterion)] = counts.GetValueOrDefault((line.FrameworkId!, criterion)) + 1;
        return counts.Select(c => new CriterionCount(c.Key.FrameworkId, c.Key.Criterion, c.Value))
            .OrderByDescending(c => c.Plans).ThenBy(c => c.FrameworkId).ThenBy(c => c.Criterion, StringComparer.Ordinal)
            .Take(take).ToList();
    }

    /// <summary>Budget totals by funding source over the schools' plans, classified the same way as a single plan's totals.</summary>
    public static IReadOnlyList<SourceTotal> BudgetBySource(IEnumerable<SchoolLine> lines) =>
        lines.SelectMany(l => l.BudgetBySource).GroupBy(t => t.Source)
            .Select(g => new SourceTotal(g.Key, g.Sum(t => t.Vnd))).OrderByDescending(t => t.Vnd).ToList();

    /// <summary>The school year the dashboards open on: the requested one if valid, else the current one if it has
    /// plans, else the latest earlier one with plans, else the earliest later one: never an empty year when some
    /// year has data.</summary>
    public static string ChooseYear(IReadOnlyList<string> yearsNewestFirst, string? requested, DateOnly today)
    {
        if (requested is not null && SchoolYears.IsValid(requested)) return requested;
        var current = SchoolYears.Containing(today);
        return yearsNewestFirst.FirstOrDefault(y => string.CompareOrdinal(y, current) <= 0) ?? yearsNewestFirst.LastOrDefault() ?? current;
    }
}
