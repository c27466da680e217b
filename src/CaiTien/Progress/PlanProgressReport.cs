using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress;

/// <summary>The plan's progress for the principal: per row, per standard and overall; rows whose end month has
/// passed without completion are overdue; a month timeline with today's position.</summary>
public static class PlanProgressReport
{
    public sealed record RowLine(int RowId, string Criterion, string Standard, string? TargetResult, string? Lead, string? TimeText,
        string? Start, string? End, string? Recurrence, RowStatus Status, int Percent, bool Overdue, string? LastNote,
        string? UpdatedBy, int EvidenceCount, TimelineBar? Bar);

    public sealed record StandardLine(string Standard, string? Title, int Rows, int Done, int Overdue, double Percent);

    /// <summary>Left and width in percent of the timeline's width.</summary>
    public sealed record TimelineBar(double Left, double Width);

    public sealed record Timeline(IReadOnlyList<string> Months, double TodayLeft);

    public sealed record Report(int PlanId, string SchoolYear, string SchoolName, PlanStatus Status, DateOnly Today,
        IReadOnlyList<RowLine> Rows, IReadOnlyList<StandardLine> Standards, double OverallPercent, int DoneCount, int OverdueCount, Timeline Timeline);

    public static async Task<Report?> RunAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.VisibleTo(user).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return null;
        var progress = await db.Set<RowProgress>().AsNoTracking().Where(p => p.PlanId == planId).ToDictionaryAsync(p => p.PlanRowId, ct);
        var notes = (await db.Set<ProgressEntry>().AsNoTracking().Where(e => e.PlanId == planId && e.Note != null)
                .Select(e => new { e.Id, e.PlanRowId, e.Note }).ToListAsync(ct))
            .GroupBy(e => e.PlanRowId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!.Note);
        var evidence = (await db.Set<Evidence.EvidenceFile>().AsNoTracking().Where(f => f.PlanId == planId)
                .Select(f => f.PlanRowId).ToListAsync(ct))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var today = Deadlines.Today(clock);
        var timeline = Scale(plan, today);
        var framework = FrameworkRegistry.Default.Find(plan.FrameworkId);

        var rows = plan.OrderedRows().Select(r =>
        {
            var state = progress.GetValueOrDefault(r.Id);
            return new RowLine(r.Id, r.Criterion, StandardOf(r.Criterion), r.TargetResult, r.Lead, r.TimeText, r.Start, r.End, r.Recurrence,
                state?.Status ?? RowStatus.NotStarted, state?.Percent ?? 0, Deadlines.IsOverdue(r, today), notes.GetValueOrDefault(r.Id),
                state?.UpdatedBy, evidence.GetValueOrDefault(r.Id), Bar(timeline.Months, r.Start, r.End));
        }).ToList();
        var standards = rows.GroupBy(r => r.Standard)
            .Select(g => new StandardLine(g.Key, int.TryParse(g.Key, out var n) ? framework?.FindStandard(n)?.Title : null,
                g.Count(), g.Count(r => r.Status == RowStatus.Done), g.Count(r => r.Overdue), g.Average(r => r.Percent)))
            .ToList();
        return new Report(plan.Id, plan.SchoolYear, plan.SchoolName, plan.Status, today, rows, standards,
            rows.Count == 0 ? 0 : rows.Average(r => r.Percent), rows.Count(r => r.Status == RowStatus.Done), rows.Count(r => r.Overdue), timeline);
    }

    /// <summary>"1.2" → "1"; a criterion written otherwise stands for itself.</summary>
    public static string StandardOf(string criterion)
    {
        var dot = criterion.IndexOf('.');
        return dot > 0 ? criterion[..dot] : criterion;
    }

    /// <summary>The teaching year's months, widened to every dated row; today's line as a percent of the width.</summary>
    private static Timeline Scale(Plan plan, DateOnly today)
    {
        var (first, last) = SchoolYears.IsValid(plan.SchoolYear) ? SchoolYears.TeachingMonths(plan.SchoolYear) : (Month(today), Month(today));
        foreach (var r in plan.Items)
        {
            if (IsMonth(r.Start) && string.CompareOrdinal(r.Start, first) < 0) first = r.Start!;
            if (IsMonth(r.End) && string.CompareOrdinal(r.End, last) > 0) last = r.End!;
        }
        var months = new List<string>();
        for (var m = first; string.CompareOrdinal(m, last) <= 0 && months.Count < 120; m = NextMonth(m)) months.Add(m);
        var index = months.IndexOf(Month(today));
        double todayLeft = index < 0
            ? (string.CompareOrdinal(Month(today), first) < 0 ? 0 : 100)
            : (index + (today.Day - 0.5) / DateTime.DaysInMonth(today.Year, today.Month)) * 100.0 / months.Count;
        return new Timeline(months, todayLeft);
    }

    private static TimelineBar? Bar(IReadOnlyList<string> months, string? start, string? end)
    {
        if (!IsMonth(start) || !IsMonth(end)) return null;
        var from = months.ToList().IndexOf(start!);
        var to = months.ToList().IndexOf(end!);
        if (from < 0 || to < 0) return null;
        if (to < from) (from, to) = (to, from);
        return new TimelineBar(from * 100.0 / months.Count, (to - from + 1) * 100.0 / months.Count);
    }

    private static bool IsMonth(string? m) => Deadlines.DueOn(m) is not null;

    private static string Month(DateOnly d) => $"{d.Year:0000}-{d.Month:00}";

    private static string NextMonth(string m)
    {
        var (y, mo) = (int.Parse(m[..4]), int.Parse(m[5..]));
        return mo == 12 ? $"{y + 1:0000}-01" : $"{y:0000}-{mo + 1:00}";
    }
}
