using System.Net;
using CaiTien.Catalogs;
using CaiTien.Plans;
using CaiTien.Progress;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Plans;

/// <summary>Issuing a revision carries the year's work on its rows; the replaced revision says so.</summary>
public abstract class RevisionWorkTests(AppFactory app)
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% bien ban\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task A_revision_keeps_the_teachers_40_percent_and_her_evidence_and_a_deleted_row_keeps_its_history()
    {
        var client = await app.SignedInAsync("hieutruong.nguyenbangoc");
        var token = await client.AntiforgeryTokenAsync("/truong");
        var created = await client.PostAsync("/truong?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = CaiTien.Tests.Oversight.OversightArrange.NextYear(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);
        var clock = TimeProvider.System;
        var (kept, dropped) = await app.WithDb(async db =>
        {
            var user = await db.UserAsync("hieutruong.nguyenbangoc");
            var codes = FrameworkRegistry.Default.Get((await db.Plans.FirstAsync(p => p.Id == planId)).FrameworkId).Criteria.Take(2).Select(c => c.Code).ToList();
            var ids = new List<int>();
            foreach (var code in codes)
            {
                var row = (await EditRows.AddAsync(db, user, planId, clock))!;
                var saved = await SaveRow.RunAsync(db, user, planId, row.Id, row.Version,
                    new RowInput { Criterion = code, TargetResult = "Đạt " + code, Lead = "Hiệu trưởng", TimeText = "Tháng 10" }, clock);
                Assert.Equal(SaveRow.Outcome.Saved, saved.Outcome);
                ids.Add(row.Id);
            }
            db.ChangeTracker.Clear();
            Assert.Null(await IssuePlan.RunAsync(db, user, planId, clock));
            Assert.Null(await RecordProgress.RunAsync(db, user, ids[0], new ProgressInput(RowStatus.InProgress, 40, "Đã làm được 40 %", null), clock));
            Assert.Null(await RecordProgress.RunAsync(db, user, ids[1], new ProgressInput(RowStatus.InProgress, 20, null, null), clock));
            return (ids[0], ids[1]);
        });
        var upload = await client.UploadAsync($"/tien-do/dong/{kept}?handler=Upload", "bien-ban-co-lan.pdf", Pdf, new Dictionary<string, string> { ["title"] = "Biên bản" });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var (revision, carried) = await app.WithDb(async db =>
        {
            var user = await db.UserAsync("hieutruong.nguyenbangoc");
            var revision = (await RevisePlan.RunAsync(db, user, planId, clock)).PlanId!.Value;
            var rows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == revision).OrderBy(r => r.Position).ToListAsync();
            Assert.True(await EditRows.RemoveAsync(db, user, revision, rows[1].Id, clock));
            db.ChangeTracker.Clear();
            Assert.Null(await IssuePlan.RunAsync(db, user, revision, clock));
            return (revision, rows[0].Id);
        });

        await app.WithDb(async db =>
        {
            var progress = await db.RowProgress.AsNoTracking().SingleAsync(p => p.PlanRowId == carried);
            Assert.Equal((40, revision), (progress.Percent, progress.PlanId));
            Assert.Equal("Đã làm được 40 %", (await db.ProgressEntries.AsNoTracking().SingleAsync(e => e.PlanRowId == carried)).Note);
            Assert.Equal("bien-ban-co-lan.pdf", (await db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.PlanRowId == carried)).FileName);
            Assert.Equal(20, (await db.RowProgress.AsNoTracking().SingleAsync(p => p.PlanRowId == dropped)).Percent);
            return true;
        });
        var rowPage = await (await client.GetAsync($"/tien-do/dong/{carried}")).TextAsync();
        Assert.Contains("40%", rowPage);
        Assert.Contains("bien-ban-co-lan.pdf", rowPage);
        var home = await (await client.GetAsync("/truong")).TextAsync();
        Assert.Contains("Đã thay thế", home);
        var oldPage = await (await client.GetAsync($"/ke-hoach/{planId}")).TextAsync();
        Assert.Contains("Đã thay thế", oldPage);
        Assert.DoesNotContain("Tạo bản điều chỉnh", oldPage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRevisionWorkTests(SqliteApp app) : RevisionWorkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRevisionWorkTests(PostgresApp app) : RevisionWorkTests(app);
