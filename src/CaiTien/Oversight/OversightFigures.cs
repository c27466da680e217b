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
        var plans = await (
            from p in db.Plans.AsNoTracking().Where(p => p.SchoolYear == year && ids.Contains(p.SchoolId))
            join f in db.PlanFigures.AsNoTracking() on p.Id equals f.PlanId into kept
            from f in kept.DefaultIfEmpty()
            select new { p.Id, p.SchoolId, p.Revision, p.Status, p.FrameworkId, Figures = f }).ToListAsync(ct);
        var planBySchool = plans.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Revision)!);
        var figures = await PlanFiguresFill.CompleteAsync(db, planBySchool.Values.ToDictionary(p => p.Id, p => (PlanFigures?)p.Figures), ct);
        var submissions = await db.PlanSubmissions.AsNoTracking().Where(s => s.SchoolYear == year && ids.Contains(s.SchoolId))
            .Select(s => new { s.Id, s.SchoolId, s.Status, s.Revision, s.DecidedAt }).ToListAsync(ct);
        var publications = await db.Publications.AsNoTracking().Where(p => p.SchoolYear == year && ids.Contains(p.SchoolId))
            .Select(p => new { p.Id, p.SchoolId, p.PublishedAt }).ToListAsync(ct);

        var submissionsBySchool = submissions.ToLookup(s => s.SchoolId);
        var publishedBySchool = publications.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!.PublishedAt);

        return schools.Select(s =>
        {
            var plan = planBySchool.GetValueOrDefault(s.Id);
            var figure = plan is null ? null : figures.GetValueOrDefault(plan.Id);
            var subs = submissionsBySchool[s.Id].ToList();
            var latestSub = subs.MaxBy(x => x.Id);
            var published = publishedBySchool.TryGetValue(s.Id, out var at) ? at : (DateTimeOffset?)null;
            var status = OversightStatuses.Resolve(plan is not null, plan?.Status == PlanStatus.Issued, plan?.Revision ?? 0,
                latestSub is null ? null : (latestSub.Status, latestSub.Revision), published is not null);
            var lastReview = subs.Where(x => x.DecidedAt is not null).MaxBy(x => x.Id)?.DecidedAt;
            var sources = figure?.SourceTotals().Select(t => new SourceTotal(t.Key, t.Value)).ToList() ?? [];
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
