using System.Globalization;
using CaiTien.Documents.Phrases;
using CaiTien.Plans;

namespace CaiTien.Oversight;

/// <summary>What the dashboards need of one plan's rows, kept beside the plan and refreshed in the same save as
/// any change to its rows (<see cref="PlanFiguresInterceptor"/>), so a province view reads one short record per
/// school instead of every row of the province.</summary>
public sealed class PlanFigures
{
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int Rows { get; set; }
    public int Done { get; set; }
    public long Budget { get; set; }
    /// <summary>End months (YYYY-MM) of the rows not yet done, sorted, space-separated: overdue depends on today,
    /// so it is counted when read.</summary>
    public string OpenEnds { get; set; } = "";
    /// <summary>Budget by funding-source category, one "category TAB vnd" per line: a province view reads thousands
    /// of these per request, and splitting text costs far less than a JSON reader.</summary>
    public string BudgetBySource { get; set; } = "";
    /// <summary>Distinct criterion codes of the rows, one per line.</summary>
    public string Criteria { get; set; } = "";

    /// <summary>The row values the figures depend on; a change to any other column leaves them as they are.</summary>
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string>
    {
        nameof(PlanRow.Criterion), nameof(PlanRow.Completed), nameof(PlanRow.End), nameof(PlanRow.BudgetVnd),
        nameof(PlanRow.FundingSource), nameof(PlanRow.BudgetText), nameof(PlanRow.PlanId),
    };

    public sealed record RowValues(string Criterion, bool Completed, string? End, long? BudgetVnd, string? FundingSource, string? BudgetText)
    {
        public static RowValues Of(PlanRow row) => new(row.Criterion, row.Completed, row.End, row.BudgetVnd, row.FundingSource, row.BudgetText);
    }

    public void Recompute(IReadOnlyCollection<RowValues> rows)
    {
        Rows = rows.Count;
        Done = rows.Count(r => r.Completed);
        Budget = rows.Sum(r => r.BudgetVnd ?? 0);
        OpenEnds = string.Join(' ', rows.Where(r => !r.Completed && r.End is { Length: > 0 }).Select(r => r.End!).Order(StringComparer.Ordinal));
        var bySource = rows.Where(r => r.BudgetVnd > 0)
            .GroupBy(r => MoneyPhrase.Classify(r.FundingSource) ?? MoneyPhrase.Classify(r.BudgetText) ?? PlanTotals.UnknownSource)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.BudgetVnd!.Value));
        BudgetBySource = string.Join('\n', bySource.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "\t" + p.Value.ToString(CultureInfo.InvariantCulture)));
        Criteria = string.Join('\n', rows.Select(r => r.Criterion.Trim()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Rows not done whose end month is before <paramref name="month"/> (YYYY-MM).</summary>
    public int OverdueBefore(string month)
    {
        // Read for every school of a province per view: count the sorted months in place instead of splitting them.
        var count = 0;
        var ends = OpenEnds.AsSpan();
        foreach (var range in ends.Split(' '))
        {
            var end = ends[range];
            if (end.Length == 0) continue;
            if (end.CompareTo(month, StringComparison.Ordinal) >= 0) break;
            count++;
        }
        return count;
    }

    public IReadOnlyDictionary<string, long> SourceTotals() => SourceTotalList().ToDictionary(t => t.Source, t => t.Vnd);

    /// <summary>The budget by source in stored order (by category name), parsed without an intermediate dictionary.</summary>
    public List<(string Source, long Vnd)> SourceTotalList()
    {
        var totals = new List<(string, long)>(2);
        foreach (var line in BudgetBySource.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.LastIndexOf('\t');
            totals.Add((line[..tab], long.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture)));
        }
        return totals;
    }

    public IEnumerable<string> CriterionCodes() => Criteria.Length == 0 ? [] : Criteria.Split('\n');
}
