using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaiTien.Audit;
using CaiTien.Monitoring;
using CaiTien.Progress;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Progress;

public abstract class AuditTests(AppFactory app)
{
    private Task<long> Watermark() => app.WithDb(db => db.AuditEntries.Select(a => (long?)a.Id).MaxAsync().ContinueWith(t => t.Result ?? 0));

    private Task<List<AuditEntry>> Since(long watermark, int planId) =>
        app.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > watermark && a.PlanId == planId).OrderBy(a => a.Id).ToListAsync());

    private static JsonElement Json(string? text) => JsonDocument.Parse(text!).RootElement;

    private static void AssertWhoAndWhen(AuditEntry entry, string login, DateTimeOffset started)
    {
        Assert.Contains($"({login})", entry.UserName);
        Assert.NotNull(entry.UserId);
        Assert.InRange(entry.At, started.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task Issuing_a_plan_leaves_one_entry_with_who_when_before_and_after()
    {
        var planId = await app.WithDb(db => db.Plans.Where(p => p.School!.Code == "NBN").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var principal = await app.SignedInAsync("hieutruong.nguyenbangoc");
        var mark = await Watermark();
        var started = DateTimeOffset.UtcNow;
        var issue = await principal.PostFormAsync($"/ke-hoach/{planId}", "Issue", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, issue.StatusCode);

        var entry = Assert.Single(await Since(mark, planId));
        Assert.Equal(("Plan", "Modified", planId.ToString()), (entry.Entity, entry.Action, entry.EntityId));
        AssertWhoAndWhen(entry, "hieutruong.nguyenbangoc", started);
        Assert.Equal("Draft", Json(entry.Before).GetProperty("Status").GetString());
        Assert.Equal("Issued", Json(entry.After).GetProperty("Status").GetString());

        var log = await (await principal.GetAsync($"/ke-hoach/{planId}/nhat-ky")).TextAsync();
        Assert.Contains("Ban hành kế hoạch", log);
        Assert.Matches(@"Trạng thái:</span>\s*<del[^>]*>Nháp</del>\s*<span[^>]*>→</span>\s*<span[^>]*>Đã ban hành</span>", log);
        Assert.DoesNotContain("\"Issued\"", log);
    }

    [Fact]
    public async Task Status_row_file_and_review_changes_each_leave_one_entry()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var rowId = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var started = DateTimeOffset.UtcNow;

        var mark = await Watermark();
        await teacher.PostFormAsync($"/tien-do/dong/{rowId}", "Update", new Dictionary<string, string> { ["status"] = "InProgress", ["percent"] = "30" });
        var status = Assert.Single(await Since(mark, planId));
        Assert.Equal(("RowProgress", "Added"), (status.Entity, status.Action));
        Assert.Null(status.Before);
        Assert.Equal(30, Json(status.After).GetProperty("Percent").GetInt32());
        AssertWhoAndWhen(status, "giaovien.dinhphuoc", started);

        mark = await Watermark();
        await teacher.PostFormAsync($"/tien-do/dong/{rowId}", "Update", new Dictionary<string, string> { ["status"] = "Done", ["percent"] = "100" });
        var entries = await Since(mark, planId);
        Assert.Equal(2, entries.Count);
        var statusChange = Assert.Single(entries, e => e.Entity == "RowProgress");
        Assert.Equal(("Modified", "InProgress", "Done"), (statusChange.Action, Json(statusChange.Before).GetProperty("Status").GetString(), Json(statusChange.After).GetProperty("Status").GetString()));
        var rowChange = Assert.Single(entries, e => e.Entity == "PlanRow");
        Assert.Equal((rowId.ToString(), false, true), (rowChange.EntityId, Json(rowChange.Before).GetProperty("Completed").GetBoolean(), Json(rowChange.After).GetProperty("Completed").GetBoolean()));
        AssertWhoAndWhen(rowChange, "giaovien.dinhphuoc", started);

        mark = await Watermark();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% audit " + Guid.NewGuid() + "\n%%EOF\n");
        await teacher.UploadAsync($"/tien-do/dong/{rowId}?handler=Upload", "giay-khen.pdf", pdf);
        var file = Assert.Single(await Since(mark, planId));
        Assert.Equal(("EvidenceFile", "Added", "giay-khen.pdf"), (file.Entity, file.Action, Json(file.After).GetProperty("FileName").GetString()));
        AssertWhoAndWhen(file, "giaovien.dinhphuoc", started);

        mark = await Watermark();
        var monitor = await app.SignedInAsync("giamsat.dinhphuoc");
        await monitor.PostFormAsync($"/ke-hoach/{planId}/giam-sat", "Save", new Dictionary<string, string>
        {
            ["period"] = "YearEnd", ["findings[0].RowId"] = rowId.ToString(), ["findings[0].Finding"] = "Đạt yêu cầu", ["findings[0].Rating"] = "Hoàn thành",
        });
        var review = Assert.Single(await Since(mark, planId));
        // Another test may have recorded this plan's year-end review already: then saving it again amends it.
        Assert.Equal("MonitoringReview", review.Entity);
        Assert.Contains(review.Action, new[] { "Added", "Modified" });
        Assert.Equal(review.Action == "Added", review.Before is null);
        Assert.Contains("Đạt yêu cầu", review.After);
        AssertWhoAndWhen(review, "giamsat.dinhphuoc", started);

        // The log reads as sentences naming the row by its place and criterion, never as stored JSON.
        var html = await (await monitor.GetAsync($"/ke-hoach/{planId}/nhat-ky")).TextAsync();
        var log = Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");
        var row = $"dòng {await RowPlaceAsync(planId, rowId)} (tiêu chí 1.8)";
        Assert.Contains("Cập nhật tiến độ " + row, log);
        Assert.Contains("Tỷ lệ hoàn thành: 30 % → 100 %", log);
        Assert.Contains("Trạng thái: Đang thực hiện → Hoàn thành", log);
        Assert.Contains("Đánh dấu hoàn thành " + row, log);
        Assert.Contains("Tải lên minh chứng «giay-khen» cho " + row, log);
        Assert.Contains("kết quả giám sát cuối năm học", log);
        Assert.DoesNotContain("\"Percent\"", log);
        Assert.DoesNotContain("{", log);
    }

    private Task<int> RowPlaceAsync(int planId, int rowId) => app.WithDb(async db =>
        (await db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync()).IndexOf(rowId) + 1);

    [Fact]
    public async Task Deleting_outside_a_request_is_logged_with_the_ambient_actor_and_the_values_before()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var rowId = await app.RowIdAsync(planId, "3.1");
        await app.WithDb(async db =>
        {
            db.RowProgress.Add(new RowProgress { PlanId = planId, PlanRowId = rowId, Status = RowStatus.Late, Percent = 10, UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return 0;
        });
        var mark = await Watermark();
        await app.WithDb(async db =>
        {
            using (AuditActor.Use("tester", "Người kiểm thử"))
            {
                db.RowProgress.Remove(await db.RowProgress.SingleAsync(p => p.PlanRowId == rowId));
                await db.SaveChangesAsync();
            }
            return 0;
        });
        var entry = Assert.Single(await Since(mark, planId));
        Assert.Equal(("RowProgress", "Deleted", "Người kiểm thử", "tester"), (entry.Entity, entry.Action, entry.UserName, entry.UserId));
        Assert.Equal("Late", Json(entry.Before).GetProperty("Status").GetString());
        Assert.Null(entry.After);
    }
}

[Collection(ProgressSqliteCollection.Name)]
public sealed class SqliteAuditTests(SqliteApp app) : AuditTests(app);

[Collection(ProgressPostgresCollection.Name)]
public sealed class PostgresAuditTests(PostgresApp app) : AuditTests(app);
