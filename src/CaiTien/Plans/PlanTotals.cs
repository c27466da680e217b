using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;
using CaiTien.Schools;

namespace CaiTien.Plans;

/// <summary>Budget by funding source and by standard, and each row's span on the months of the school year.</summary>
public sealed record PlanTotals(
    long Total,
    IReadOnlyList<(string Source, long Vnd)> BySource,
    IReadOnlyList<(string Standard, long Vnd)> ByStandard,
    IReadOnlyList<string> Months,
    IReadOnlyList<PlanTotals.TimelineRow> Timeline)
{
    public const string UnknownSource = "Chưa rõ nguồn";

    public sealed record TimelineRow(int Index, string Criterion, string? TimeText, bool Recurring, IReadOnlyList<bool> Active);

    public static PlanTotals Of(PlanDocument plan, Framework? framework)
    {
        var withMoney = plan.Items.Where(i => i.BudgetVnd is > 0).ToList();
        var bySource = withMoney
            .GroupBy(i => MoneyPhrase.Classify(i.FundingSource) ?? MoneyPhrase.Classify(i.BudgetText) ?? UnknownSource)
            .Select(g => (g.Key, g.Sum(i => i.BudgetVnd!.Value))).OrderByDescending(x => x.Item2).ToList();
        var byStandard = withMoney
            .GroupBy(i => int.TryParse(i.Criterion.Split('.')[0], out var n) ? n : 0)
            .OrderBy(g => g.Key)
            .Select(g => ($"Tiêu chuẩn {g.Key}" + (framework?.FindStandard(g.Key) is { } s ? $": {s.Title}" : ""), g.Sum(i => i.BudgetVnd!.Value)))
            .ToList();
        var months = TeachingMonths(plan.SchoolYear);
        var timeline = plan.Items.Select((item, index) =>
        {
            var recurring = item.Recurrence is Recurrences.Continuous or Recurrences.Yearly or Recurrences.AfterEachActivity;
            var active = months.Select(m => recurring || (item.Start is not null &&
                string.CompareOrdinal(m, item.Start) >= 0 && string.CompareOrdinal(m, item.End ?? item.Start) <= 0)).ToList();
            return new TimelineRow(index, item.Criterion, item.TimeText, recurring, active);
        }).ToList();
        return new PlanTotals(withMoney.Sum(i => i.BudgetVnd!.Value), bySource, byStandard, months, timeline);
    }

    private static IReadOnlyList<string> TeachingMonths(string year)
    {
        if (!SchoolYears.IsValid(year)) return [];
        var start = SchoolYears.StartYear(year);
        return Enumerable.Range(0, 9).Select(i => new DateOnly(start, 9, 1).AddMonths(i)).Select(d => $"{d.Year}-{d.Month:00}").ToList();
    }
}
