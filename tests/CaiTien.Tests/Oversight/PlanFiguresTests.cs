using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Progress;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>The dashboards read each plan's kept figures instead of its rows: after every kind of row change they
/// must equal the figures computed from the rows themselves.</summary>
public abstract class PlanFiguresTests(AppFactory app)
{
    private const string Principal = "hieutruong.nguyenbangoc";
    private static readonly TimeProvider Clock = TimeProvider.System;

    private static async Task<(PlanFigures Kept, PlanFigures FromRows)> FiguresAsync(CaiTienDb db, int planId)
    {
        db.ChangeTracker.Clear();
        var kept = await db.PlanFigures.AsNoTracking().SingleAsync(f => f.PlanId == planId);
        var rows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync();
        var fromRows = new PlanFigures { PlanId = planId };
        fromRows.Recompute(rows.Select(PlanFigures.RowValues.Of).ToList());
        return (kept, fromRows);
    }

    private static async Task AssertKeptAsync(CaiTienDb db, int planId, int rows, int done, long budget)
    {
        var (kept, fromRows) = await FiguresAsync(db, planId);
        Assert.Equal((rows, done, budget), (kept.Rows, kept.Done, kept.Budget));
        Assert.Equal((fromRows.Rows, fromRows.Done, fromRows.Budget, fromRows.OpenEnds, fromRows.BudgetBySource, fromRows.Criteria),
            (kept.Rows, kept.Done, kept.Budget, kept.OpenEnds, kept.BudgetBySource, kept.Criteria));
    }

    private static async Task<int> AddRowAsync(CaiTienDb db, CurrentUser user, int planId, string code, string budget, string time)
    {
        var row = (await EditRows.AddAsync(db, user, planId, Clock))!;
        var saved = await SaveRow.RunAsync(db, user, planId, row.Id, row.Version,
            new RowInput { Criterion = code, TargetResult = "Đạt " + code, Lead = "Hiệu trưởng", TimeText = time, BudgetText = budget }, Clock);
        Assert.Equal(SaveRow.Outcome.Saved, saved.Outcome);
        return row.Id;
    }

    [Fact]
    public async Task Kept_figures_follow_rows_added_edited_completed_removed_revised_and_imported()
    {
        await app.WithDb(async db =>
        {
            var user = await db.UserAsync(Principal);
            // Years from the shared counter: other tests of the same database carry plans into the next free years.
            var year = OversightArrange.NextYear();
            var y = int.Parse(year[..4]);
            var planId = (await CreatePlan.BlankAsync(db, user, year, Clock)).PlanId!.Value;
            var codes = FrameworkRegistry.Default.Get((await db.Plans.SingleAsync(p => p.Id == planId)).FrameworkId).Criteria.Select(c => c.Code).ToList();
            var first = await AddRowAsync(db, user, planId, codes[0], "5.000.000 đồng (XHH)", $"Tháng 10/{y}");
            var second = await AddRowAsync(db, user, planId, codes[1], "3.000.000 đồng ngân sách", $"Tháng 12/{y}");
            var third = await AddRowAsync(db, user, planId, codes[1], "", $"Tháng 3/{y + 1}");
            await AssertKeptAsync(db, planId, 3, 0, 8_000_000);
            var (kept, _) = await FiguresAsync(db, planId);
            Assert.Equal([codes[0], codes[1]], kept.CriterionCodes().Order(StringComparer.Ordinal));
            Assert.Equal(2, kept.SourceTotals().Count);

            // An edit that changes the budget and the criterion; one that changes only prose leaves the figures as they are.
            var row = await db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == second);
            var edited = await SaveRow.RunAsync(db, user, planId, second, row.Version,
                new RowInput { Criterion = codes[2], TargetResult = "Đạt", Lead = "Hiệu trưởng", TimeText = $"Tháng 12/{y}", BudgetText = "7.000.000 đồng" }, Clock);
            Assert.Equal(SaveRow.Outcome.Saved, edited.Outcome);
            await AssertKeptAsync(db, planId, 3, 0, 12_000_000);
            Assert.True(await EditRows.RemoveAsync(db, user, planId, third, Clock));
            await AssertKeptAsync(db, planId, 2, 0, 12_000_000);
            Assert.Equal(2, (await FiguresAsync(db, planId)).Kept.OverdueBefore($"{y + 1}-01"));

            Assert.Null(await IssuePlan.RunAsync(db, user, planId, Clock));
            db.ChangeTracker.Clear();
            Assert.Null(await RecordProgress.RunAsync(db, user, first, new ProgressInput(RowStatus.Done, 100, "Xong", null), Clock));
            await AssertKeptAsync(db, planId, 2, 1, 12_000_000);
            Assert.Equal(1, (await FiguresAsync(db, planId)).Kept.OverdueBefore($"{y + 1}-01"));

            var revision = (await RevisePlan.RunAsync(db, user, planId, Clock)).PlanId!.Value;
            await AssertKeptAsync(db, revision, 2, 1, 12_000_000);
            await AssertKeptAsync(db, planId, 2, 1, 12_000_000);

            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId);
            var doc = SyntheticPlans.Create(FrameworkRegistry.Default.Get(plan.FrameworkId), plan.SchoolName, plan.SchoolLevel, OversightArrange.NextYear(), 7, 3);
            var result = await ImportPlan.RunAsync(db, user.SchoolId!.Value, doc, false, Clock);
            Assert.True(result.PlanId is not null, string.Join("; ", result.Errors));
            var imported = result.PlanId!.Value;
            var importedRows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == imported).ToListAsync();
            await AssertKeptAsync(db, imported, 7, importedRows.Count(r => r.Completed), importedRows.Sum(r => r.BudgetVnd ?? 0));
            return true;
        });
    }

    [Fact]
    public async Task Rows_of_one_plan_saved_at_the_same_time_by_different_people_are_all_counted()
    {
        var (planId, rows) = await app.WithDb<(int, List<int>)>(async db =>
        {
            var user = await db.UserAsync(Principal);
            var year = OversightArrange.NextYear();
            var planId = (await CreatePlan.BlankAsync(db, user, year, Clock)).PlanId!.Value;
            var code = FrameworkRegistry.Default.Get((await db.Plans.SingleAsync(p => p.Id == planId)).FrameworkId).Criteria.First().Code;
            var ids = new List<int>();
            for (var i = 0; i < 8; i++) ids.Add(await AddRowAsync(db, user, planId, code, "", $"Tháng 10/{year[..4]}"));
            return (planId, ids);
        });
        await Task.WhenAll(rows.Select((rowId, i) => app.WithDb(async db =>
        {
            var user = await db.UserAsync(Principal);
            var row = await db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == rowId);
            SaveRow.Result saved;
            do
            {
                saved = await SaveRow.RunAsync(db, user, planId, rowId, row.Version,
                    new RowInput { Criterion = row.Criterion, TargetResult = "Đạt", Lead = "Hiệu trưởng", TimeText = row.TimeText, BudgetText = $"{i + 1}.000.000 đồng" }, Clock);
                db.ChangeTracker.Clear();
            }
            while (saved.Outcome == SaveRow.Outcome.Conflict && (row = await db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == rowId)) is not null);
            Assert.Equal(SaveRow.Outcome.Saved, saved.Outcome);
            return true;
        })));
        await app.WithDb(async db =>
        {
            await AssertKeptAsync(db, planId, 8, 0, 36_000_000);
            return true;
        });
    }

    [Fact]
    public async Task A_plan_saved_before_figures_were_kept_is_counted_from_its_rows_and_stored_at_start()
    {
        await app.WithDb(async db =>
        {
            var user = await db.UserAsync(Principal);
            var year = OversightArrange.NextYear();
            var planId = (await CreatePlan.BlankAsync(db, user, year, Clock)).PlanId!.Value;
            var code = FrameworkRegistry.Default.Get((await db.Plans.SingleAsync(p => p.Id == planId)).FrameworkId).Criteria.First().Code;
            await AddRowAsync(db, user, planId, code, "2.500.000 đồng", $"Tháng 11/{year[..4]}");
            await db.PlanFigures.Where(f => f.PlanId == planId).ExecuteDeleteAsync();
            db.ChangeTracker.Clear();

            var read = await PlanFiguresFill.CompleteAsync(db, new Dictionary<int, PlanFigures?> { [planId] = null });
            Assert.Equal((1, 2_500_000L), (read[planId].Rows, read[planId].Budget));
            Assert.False(await db.PlanFigures.AnyAsync(f => f.PlanId == planId));
            Assert.True(await PlanFiguresFill.StoreMissingAsync(db) >= 1);
            await AssertKeptAsync(db, planId, 1, 0, 2_500_000);
            return true;
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePlanFiguresTests(SqliteApp app) : PlanFiguresTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPlanFiguresTests(PostgresApp app) : PlanFiguresTests(app);
