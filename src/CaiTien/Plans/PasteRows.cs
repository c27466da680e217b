using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Export;
using CaiTien.Documents.Import;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Rows pasted from Word or Excel into a draft, read by the importer's table reader and inserted after a
/// row (or at the end). A block without a header row is read in the column order of the plan's own letter table.</summary>
public static class PasteRows
{
    public sealed record Result(IReadOnlyList<int> RowIds, string? Error, IReadOnlyList<string> Warnings);

    public static Task<Result?> RunAsync(CaiTienDb db, CurrentUser user, int planId, int? afterRowId, string? html, string? text,
        TimeProvider clock, CancellationToken ct = default) =>
        PlanWriteLock.ChangeRowsAsync(db, user, planId, plan => PasteAsync(db, plan, afterRowId, html, text, clock, ct), ct);

    private static async Task<Result?> PasteAsync(CaiTienDb db, Plan plan, int? afterRowId, string? html, string? text, TimeProvider clock, CancellationToken ct)
    {
        plan.EnsureEditable();
        var framework = FrameworkRegistry.Default.Get(plan.FrameworkId);
        var read = PlanTableReader.ReadClipboard(html, text, plan.SchoolYear, HeadersOf(framework), title => framework.Criteria
            .FirstOrDefault(c => string.Equals(c.Title.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))?.Code);
        if (read.Items.Count == 0)
            return new Result([], read.Errors.FirstOrDefault()?.Message ?? "Không nhận ra dòng kế hoạch nào trong khối đã dán.", []);
        var pasted = read.Items;

        var after = afterRowId is null ? null : plan.Items.FirstOrDefault(r => r.Id == afterRowId);
        var at = after is not null ? after.Position + 1 : plan.Items.Count == 0 ? 0 : plan.Items.Max(r => r.Position) + 1;
        foreach (var r in plan.Items.Where(r => r.Position >= at)) r.Position += pasted.Count;
        var added = new List<PlanRow>();
        for (var i = 0; i < pasted.Count; i++)
        {
            var row = PlanMapping.ToRow(pasted[i], at + i);
            // A month without a year ("Tháng 10") is read against the plan's school year, as when typed.
            if (row.TimeText is not null && row.Start is null) PlanRowRules.Apply(row, RowInput.From(row), plan.SchoolYear);
            plan.Items.Add(row);
            added.Add(row);
        }
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new Result(added.Select(r => r.Id).ToList(), null, read.Warnings.Select(w => w.Message).ToList());
    }

    /// <summary>The printed headers of the plan's letter table, as <see cref="RenderPlan"/> chooses them.</summary>
    public static IReadOnlyList<string> HeadersOf(Framework framework)
    {
        if (framework.PlanColumns.Count == 0) return ColumnSet.Regime2018.Columns.Select(c => c.Header).ToList();
        if (framework.PlanColumns.All(c => c.Header is null))
            return ColumnSet.FromFieldKeys(framework.PlanColumns.SelectMany(c => c.Fields)).Columns.Select(c => c.Header).ToList();
        return framework.PlanColumns.Select(c => c.Header ?? ColumnSet.FromFieldKeys(c.Fields).Columns.FirstOrDefault()?.Header ?? "Ghi chú").ToList();
    }
}
