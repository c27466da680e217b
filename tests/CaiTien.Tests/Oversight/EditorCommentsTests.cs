using System.Net;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>District remarks on rows show in the editor of the revision that answers them.</summary>
public abstract class EditorCommentsTests(AppFactory app)
{
    [Fact]
    public async Task A_row_remark_shows_beside_the_row_in_the_revision_and_reads_answered_once_the_row_changed()
    {
        var submitted = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Submitted);
        var (revision, commentedRow, otherRow) = await app.WithDb(async db =>
        {
            var plan = await db.Plans.Include(p => p.School).Include(p => p.Items).SingleAsync(p => p.Id == submitted);
            var rows = plan.OrderedRows().ToList();
            Assert.Null(await CommentOnPlan.RunAsync(db, OversightArrange.OfficerOf(plan.School!.DistrictId), submitted, rows[1].Id,
                "Kết quả cần đạt chưa đo được; hãy ghi tỉ lệ cụ thể.", TimeProvider.System));
            var principal = OversightArrange.PrincipalOf(plan.SchoolId);
            db.ChangeTracker.Clear();
            var revision = (await RevisePlan.RunAsync(db, principal, submitted, TimeProvider.System)).PlanId!.Value;
            var copied = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == revision).OrderBy(r => r.Position).ToListAsync();
            return (revision, copied[1], copied[0]);
        });
        var principalClient = app.Browser();
        await principalClient.SignInAsync("hieutruong.dinhphuoc");
        string Section(string html, int rowId)
        {
            var start = html.IndexOf($"id=\"row-{rowId}\"", StringComparison.Ordinal);
            var next = html.IndexOf("<section class=\"row-editor", start + 10, StringComparison.Ordinal);
            return html[start..(next < 0 ? html.Length : next)];
        }

        var editor = WebUtility.HtmlDecode(await principalClient.GetStringAsync($"/ke-hoach/{revision}/soan"));
        Assert.Contains("Kết quả cần đạt chưa đo được", Section(editor, commentedRow.Id));
        Assert.Contains("Góp ý của Phòng", Section(editor, commentedRow.Id));
        Assert.DoesNotContain("Kết quả cần đạt chưa đo được", Section(editor, otherRow.Id));

        await app.WithDb(async db =>
        {
            var principal = OversightArrange.PrincipalOf(await db.Plans.Where(p => p.Id == revision).Select(p => p.SchoolId).SingleAsync());
            var input = RowInput.From(commentedRow) with { TargetResult = "100 % học sinh đạt, đo bằng bài kiểm tra cuối kỳ" };
            var saved = await SaveRow.RunAsync(db, principal, revision, commentedRow.Id, commentedRow.Version, input, TimeProvider.System);
            Assert.Equal(SaveRow.Outcome.Saved, saved.Outcome);
            return true;
        });
        var answered = WebUtility.HtmlDecode(await principalClient.GetStringAsync($"/ke-hoach/{revision}/soan"));
        Assert.Contains("Đã sửa theo góp ý", Section(answered, commentedRow.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditorCommentsTests(SqliteApp app) : EditorCommentsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditorCommentsTests(PostgresApp app) : EditorCommentsTests(app);
