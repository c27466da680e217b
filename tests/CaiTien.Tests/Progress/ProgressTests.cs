using System.Net;
using CaiTien.Data;
using CaiTien.Progress;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Progress;

public abstract class ProgressTests(AppFactory app)
{
    private static Dictionary<string, string> Report(RowStatus status, int percent, string? note = null) => new()
    {
        ["status"] = status.ToString(),
        ["percent"] = percent.ToString(),
        ["note"] = note ?? "",
        ["on"] = "2025-01-10",
    };

    [Fact]
    public async Task My_tasks_lists_the_rows_naming_the_teachers_position_with_deadline_and_status()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var html = await (await teacher.GetAsync("/viec-cua-toi")).TextAsync();
        Assert.Contains("Trần Văn Minh", html);
        var rowsOfPioneer = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId && r.Lead!.Contains("Tổng phụ trách Đội")).Select(r => r.Id).ToListAsync());
        Assert.Equal(6, rowsOfPioneer.Count);
        Assert.Equal(rowsOfPioneer.Count, html.Split("data-task=").Length - 1);
        foreach (var id in rowsOfPioneer) Assert.Contains($"data-task=\"{id}\"", html);
        Assert.Contains("31/05/2025", html);
        Assert.Contains("Chưa bắt đầu", html);

        var deputy = await app.SignedInAsync("hoidong.dinhphuoc");
        var deputyHtml = await (await deputy.GetAsync("/viec-cua-toi")).TextAsync();
        Assert.Equal(4, deputyHtml.Split("data-task=").Length - 1);

        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        var principalHtml = await (await principal.GetAsync("/viec-cua-toi")).TextAsync();
        Assert.Equal(17, principalHtml.Split("data-task=").Length - 1);
    }

    [Fact]
    public async Task Lead_records_progress_with_a_dated_note_and_done_completes_the_row()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var rowId = await app.RowIdAsync(planId, "1.3");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var page = $"/tien-do/dong/{rowId}";
        var saved = await teacher.PostFormAsync(page, "Update", Report(RowStatus.InProgress, 40, "Đã họp Liên đội"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var html = await saved.TextAsync();
        Assert.Contains("Đã lưu", html);
        Assert.Contains("Đã họp Liên đội", html);
        Assert.Contains("10/01/2025", html);

        var state = await app.WithDb(db => db.RowProgress.AsNoTracking().SingleAsync(p => p.PlanRowId == rowId));
        Assert.Equal((RowStatus.InProgress, 40), (state.Status, state.Percent));
        Assert.False(await app.WithDb(db => db.PlanRows.Where(r => r.Id == rowId).Select(r => r.Completed).SingleAsync()));

        await teacher.PostFormAsync(page, "Update", Report(RowStatus.Done, 90, "Xong"));
        state = await app.WithDb(db => db.RowProgress.AsNoTracking().SingleAsync(p => p.PlanRowId == rowId));
        Assert.Equal((RowStatus.Done, 100), (state.Status, state.Percent));
        Assert.True(await app.WithDb(db => db.PlanRows.Where(r => r.Id == rowId).Select(r => r.Completed).SingleAsync()));
        var history = await app.WithDb(db => db.ProgressEntries.AsNoTracking().Where(e => e.PlanRowId == rowId).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["Đã họp Liên đội", "Xong"], history.Select(e => e.Note));
        Assert.All(history, e => Assert.Equal(new DateOnly(2025, 1, 10), e.On));
        Assert.All(history, e => Assert.Contains("Cán bộ, giáo viên", e.RecordedBy));
    }

    [Fact]
    public async Task Percent_over_100_and_reports_by_others_are_refused_and_change_nothing()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var ownRow = await app.RowIdAsync(planId, "4.1");
        var notTheirs = await app.RowIdAsync(planId, "1.1");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await app.WithDb(db => db.ProgressEntries.CountAsync());

        var tooMuch = await teacher.PostFormAsync($"/tien-do/dong/{ownRow}", "Update", Report(RowStatus.InProgress, 101));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("từ 0 đến 100%", await tooMuch.TextAsync());

        var other = await teacher.PostFormAsync($"/tien-do/dong/{notTheirs}", "Update", Report(RowStatus.Done, 100));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("Chỉ người chủ trì, người phối hợp", await other.TextAsync());

        var monitor = await app.SignedInAsync("giamsat.dinhphuoc");
        var byMonitor = await monitor.PostFormAsync($"/tien-do/dong/{ownRow}", "Update", Report(RowStatus.Done, 100));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byMonitor.StatusCode);

        Assert.Equal(before, await app.WithDb(db => db.ProgressEntries.CountAsync()));
        Assert.False(await app.WithDb(db => db.RowProgress.AnyAsync(p => p.PlanRowId == notTheirs || p.PlanRowId == ownRow)));
        Assert.False(await app.WithDb(db => db.PlanRows.Where(r => r.Id == notTheirs).Select(r => r.Completed).SingleAsync()));

        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        var byPrincipal = await principal.PostFormAsync($"/tien-do/dong/{notTheirs}", "Update", Report(RowStatus.Late, 20));
        Assert.Equal(HttpStatusCode.OK, byPrincipal.StatusCode);
        Assert.Equal(RowStatus.Late, await app.WithDb(db => db.RowProgress.Where(p => p.PlanRowId == notTheirs).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Another_school_cannot_see_or_report_on_the_row()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var rowId = await app.RowIdAsync(planId, "1.3");
        var stranger = await app.SignedInAsync("hieutruong.nguyenbangoc");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/tien-do/dong/{rowId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/ke-hoach/{planId}/tien-do")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/ke-hoach/{planId}/nhat-ky")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/ke-hoach/{planId}/minh-chung")).StatusCode);
    }

    [Fact]
    public async Task Principal_sees_progress_per_row_per_standard_and_overall_with_overdue_rows()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        await app.WithDb(async db =>
        {
            var principal = await db.UserAsync("hieutruong.dinhphuoc");
            var rows = await db.PlanRows.Where(r => r.PlanId == planId).ToListAsync();
            var clock = new FixedClock(new DateTimeOffset(2025, 3, 15, 8, 0, 0, TimeSpan.Zero));
            foreach (var criterion in new[] { "5.1", "5.2", "5.3", "5.4", "5.5" })
                await RecordProgress.RunAsync(db, principal, rows.First(r => r.Criterion == criterion).Id,
                    new ProgressInput(criterion == "5.1" ? RowStatus.Done : RowStatus.InProgress, 50, null, null), clock);
            db.ChangeTracker.Clear();

            var report = (await PlanProgressReport.RunAsync(db, principal, planId, clock))!;
            var standard5 = report.Standards.Single(s => s.Standard == "5");
            Assert.Equal((5, 1), (standard5.Rows, standard5.Done));
            Assert.Equal((100 + 50 * 4) / 5.0, standard5.Percent, 3);
            Assert.Equal(report.Rows.Average(r => r.Percent), report.OverallPercent, 3);
            // By 15/03/2025: rows ending before March and not done are overdue (5.1 ended 09/2024 but is done).
            var expected = rows.Where(r => !r.Completed && r.End is not null && string.CompareOrdinal(r.End, "2025-03") < 0 && r.Criterion != "5.1")
                .Select(r => r.Id).Order().ToList();
            Assert.Equal(expected, report.Rows.Where(r => r.Overdue).Select(r => r.RowId).Order().ToList());
            Assert.Contains(report.Rows, r => r.Criterion == "2.4" && r.Overdue);
            Assert.DoesNotContain(report.Rows, r => r.Criterion == "5.1" && r.Overdue);
            Assert.Equal("2023-10", report.Timeline.Months[0]);
            Assert.InRange(report.Timeline.TodayLeft, 0.1, 99.9);
            var bar = report.Rows.Single(r => r.Criterion == "1.2").Bar!;
            Assert.True(bar.Width > 0 && bar.Left + bar.Width <= 100.0001);
            return 0;
        });

        var client = await app.SignedInAsync("hieutruong.dinhphuoc");
        var html = await (await client.GetAsync($"/ke-hoach/{planId}/tien-do")).TextAsync();
        Assert.Contains("tl-today", html);
        Assert.Contains("Tiêu chuẩn 5", html);
        Assert.Contains("table-danger overdue", html);
    }
}

[Collection(ProgressSqliteCollection.Name)]
public sealed class SqliteProgressTests(SqliteApp app) : ProgressTests(app);

[Collection(ProgressPostgresCollection.Name)]
public sealed class PostgresProgressTests(PostgresApp app) : ProgressTests(app);
