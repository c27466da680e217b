using CaiTien.Catalogs;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Oversight;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Plans;

/// <summary>The editor saves a cell as it is left, so a move, paste or removal of rows often lands while a cell of
/// another row is being saved. Both must go through: the row order changes and what was typed is kept.</summary>
public abstract class RowOrderRaceTests(AppFactory app)
{
    private const string Principal = "hieutruong.nguyenbangoc";
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Fact]
    public async Task Rows_moved_duplicated_pasted_and_removed_while_another_row_is_saved_all_succeed()
    {
        var year = OversightArrange.NextYear();
        var (planId, rows, code) = await app.WithDb<(int, List<int>, string)>(async db =>
        {
            var user = await db.UserAsync(Principal);
            var planId = (await CreatePlan.BlankAsync(db, user, year, Clock)).PlanId!.Value;
            var code = FrameworkRegistry.Default.Get((await db.Plans.SingleAsync(p => p.Id == planId)).FrameworkId).Criteria.First().Code;
            var ids = new List<int>();
            for (var i = 0; i < 3; i++) ids.Add((await EditRows.AddAsync(db, user, planId, Clock))!.Id);
            return (planId, ids, code);
        });

        const int rounds = 12;
        var typing = app.WithDb(async db =>
        {
            var user = await db.UserAsync(Principal);
            for (var i = 1; i <= rounds * 3; i++)
            {
                db.ChangeTracker.Clear();
                var row = await db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == rows[2]);
                var saved = await SaveRow.RunAsync(db, user, planId, rows[2], row.Version,
                    new RowInput { Criterion = code, Weakness = "Điểm yếu", Notes = $"gõ lần {i}" }, Clock);
                Assert.Equal(SaveRow.Outcome.Saved, saved.Outcome);
            }
            return true;
        });
        var reordering = app.WithDb(async db =>
        {
            var user = await db.UserAsync(Principal);
            // Each change is its own request in the editor, with a context of its own.
            Task<T> Request<T>(Func<Task<T>> change) { db.ChangeTracker.Clear(); return change(); }
            for (var i = 0; i < rounds; i++)
            {
                Assert.True(await Request(() => EditRows.MoveAsync(db, user, planId, rows[0], +1, Clock)));
                var copy = await Request(() => EditRows.DuplicateAsync(db, user, planId, rows[0], Clock));
                var pasted = await Request(() => PasteRows.RunAsync(db, user, planId, rows[0], null, $"{code}\tDán {i}\tĐạt\n", Clock));
                Assert.Null(pasted!.Error);
                Assert.True(await Request(() => EditRows.RemoveAsync(db, user, planId, copy!.Id, Clock)));
                Assert.True(await Request(() => EditRows.RemoveAsync(db, user, planId, pasted.RowIds.Single(), Clock)));
                Assert.True(await Request(() => EditRows.MoveAsync(db, user, planId, rows[0], -1, Clock)));
            }
            return true;
        });
        await Task.WhenAll(typing, reordering);

        await app.WithDb(async db =>
        {
            var stored = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync();
            Assert.Equal(rows, stored.Select(r => r.Id));
            Assert.Equal($"gõ lần {rounds * 3}", stored[2].Notes);
            Assert.Equal(3, stored.Select(r => r.Position).Distinct().Count());
            return true;
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRowOrderRaceTests(SqliteApp app) : RowOrderRaceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRowOrderRaceTests(PostgresApp app) : RowOrderRaceTests(app);
