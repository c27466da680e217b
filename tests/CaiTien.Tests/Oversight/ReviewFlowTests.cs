using System.Net;
using System.Security.Cryptography;
using CaiTien.Checking;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>Submit → comment → request changes → revise → resubmit → accept → publish, over HTTP, with the refusals
/// on the way: each refusal says why and leaves the data unchanged.</summary>
public abstract class ReviewFlowTests(AppFactory app)
{
    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync("/khung-danh-gia");
        return await client.PostAsync(url, Form(token, fields));
    }

    private async Task<HttpClient> SignedIn(string user)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        return client;
    }

    [Fact]
    public async Task A_draft_cannot_be_submitted_and_open_errors_need_confirmation()
    {
        var principal = await SignedIn("hieutruong.dinhphuoc");
        var draft = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Draft);
        var refused = await PostAsync(principal, $"/ke-hoach/{draft}/tham-dinh?handler=Submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("bản nháp", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDb(db => db.PlanSubmissions.AnyAsync(s => s.PlanId == draft)));

        // A framework of another level gives the checker open errors.
        var year = OversightArrange.NextYear();
        var planId = await app.WithDb(async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Code == "THDP");
            var preschool = CaiTien.Catalogs.FrameworkRegistry.Default.ForLevel("preschool", "2018")!;
            var doc = CaiTien.Data.SyntheticPlans.Create(preschool, school.Name, school.Level, year, 4, 3);
            var id = (await ImportPlan.RunAsync(db, school.Id, doc, false, TimeProvider.System)).PlanId!.Value;
            Assert.Null(await IssuePlan.RunAsync(db, OversightArrange.PrincipalOf(school.Id), id, TimeProvider.System));
            return id;
        });
        var openErrors = await app.WithDb(async db => (await CheckPlan.RunAsync(db, OversightArrange.PrincipalOf(await db.Schools.Where(s => s.Code == "THDP").Select(s => s.Id).SingleAsync()), planId))!
            .Count(l => l.Open && l.Finding.Severity == Severities.Error));
        Assert.True(openErrors > 0, "arrangement: the plan must have open checker errors");
        var asked = await PostAsync(principal, $"/ke-hoach/{planId}/tham-dinh?handler=Submit");
        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains($"còn {openErrors} lỗi", html);
        Assert.Contains("Vẫn nộp", html);
        Assert.False(await app.WithDb(db => db.PlanSubmissions.AnyAsync(s => s.PlanId == planId)));
        var confirmed = await PostAsync(principal, $"/ke-hoach/{planId}/tham-dinh?handler=Submit", ("confirmed", "true"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var submission = await app.WithDb(db => db.PlanSubmissions.SingleAsync(s => s.PlanId == planId));
        Assert.Equal((SubmissionStatus.Submitted, openErrors), (submission.Status, submission.OpenErrorsAtSubmission));
    }

    [Fact]
    public async Task Decisions_need_a_submission_and_row_comments_need_a_row_of_the_same_plan()
    {
        var officer = await SignedIn("xa.dautieng");
        var issued = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Issued);
        var notSubmitted = await PostAsync(officer, $"/ke-hoach/{issued}/tham-dinh?handler=Decide", ("decision", "Accept"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notSubmitted.StatusCode);
        Assert.Contains("chưa được nộp", WebUtility.HtmlDecode(await notSubmitted.Content.ReadAsStringAsync()));

        var submitted = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Submitted);
        var rowOfOther = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == issued).Select(r => r.Id).FirstAsync());
        var wrongRow = await PostAsync(officer, $"/ke-hoach/{submitted}/tham-dinh?handler=Comment", ("rowId", rowOfOther.ToString()), ("text", "Góp ý lạc chỗ"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongRow.StatusCode);
        Assert.Contains("không thuộc kế hoạch này", WebUtility.HtmlDecode(await wrongRow.Content.ReadAsStringAsync()));
        var empty = await PostAsync(officer, $"/ke-hoach/{submitted}/tham-dinh?handler=Decide", ("decision", "RequestChanges"));
        Assert.Contains("Hãy ghi góp ý", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDb(db => db.ReviewComments.AnyAsync(c => c.PlanId == submitted || c.PlanId == issued)));
        Assert.Equal(SubmissionStatus.Submitted, await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == submitted).Select(s => s.Status).SingleAsync()));

        var accepted = await PostAsync(officer, $"/ke-hoach/{submitted}/tham-dinh?handler=Decide", ("decision", "Accept"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var again = await PostAsync(officer, $"/ke-hoach/{submitted}/tham-dinh?handler=Decide", ("decision", "RequestChanges"), ("note", "Đổi ý"));
        Assert.Contains("đã quyết định", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(SubmissionStatus.Accepted, await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == submitted).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Whole_loop_keeps_history_notifies_both_sides_and_publishes_the_issued_snapshot()
    {
        var principal = await SignedIn("hieutruong.dinhphuoc");
        var officer = await SignedIn("xa.dautieng");
        var first = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Issued);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(principal, $"/ke-hoach/{first}/tham-dinh?handler=Submit", ("confirmed", "true"))).StatusCode);
        Assert.Contains("đã nộp kế hoạch", WebUtility.HtmlDecode(await officer.GetStringAsync("/thong-bao")));

        var rows = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == first).OrderBy(r => r.Position).Select(r => new { r.Id, r.Criterion }).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, $"/ke-hoach/{first}/tham-dinh?handler=Comment", ("rowId", rows[2].Id.ToString()), ("text", "Dòng 3 cần chỉ tiêu cụ thể"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, $"/ke-hoach/{first}/tham-dinh?handler=Decide", ("decision", "RequestChanges"))).StatusCode);
        var panel = WebUtility.HtmlDecode(await principal.GetStringAsync($"/ke-hoach/{first}/tham-dinh?handler=Panel"));
        Assert.Contains("Phòng yêu cầu chỉnh sửa", panel);
        Assert.Contains($"cho dòng 3 – tiêu chí {rows[2].Criterion}: Dòng 3 cần chỉ tiêu cụ thể", panel);
        Assert.Contains("yêu cầu chỉnh sửa kế hoạch", WebUtility.HtmlDecode(await principal.GetStringAsync("/thong-bao")));
        var publishRefused = await PostAsync(principal, $"/ke-hoach/{first}/tham-dinh?handler=Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publishRefused.StatusCode);

        var revise = await PostAsync(principal, $"/ke-hoach/{first}?handler=Revise");
        var second = int.Parse(revise.Headers.Location!.OriginalString.Split('/')[2]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(principal, $"/ke-hoach/{second}/tham-dinh?handler=Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(principal, $"/ke-hoach/{second}?handler=Issue", ("confirmed", "true"))).StatusCode);
        var revisedPanel = WebUtility.HtmlDecode(await principal.GetStringAsync($"/ke-hoach/{second}/tham-dinh?handler=Panel"));
        Assert.Contains("Dòng 3 cần chỉ tiêu cụ thể", revisedPanel);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(principal, $"/ke-hoach/{second}/tham-dinh?handler=Submit", ("confirmed", "true"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, $"/ke-hoach/{second}/tham-dinh?handler=Decide", ("decision", "Accept"), ("note", "Đạt"))).StatusCode);

        var history = await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == first || s.PlanId == second).OrderBy(s => s.Id)
            .Select(s => new { s.Revision, s.Status }).ToListAsync());
        Assert.Equal([(1, SubmissionStatus.ChangesRequested), (2, SubmissionStatus.Accepted)], history.Select(h => (h.Revision, h.Status)));
        var review = WebUtility.HtmlDecode(await officer.GetStringAsync($"/ke-hoach/{second}/tham-dinh"));
        Assert.Contains("Yêu cầu chỉnh sửa", review);
        Assert.Contains("Chấp nhận", review);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(principal, $"/ke-hoach/{second}/tham-dinh?handler=Publish")).StatusCode);
        var publication = await app.WithDb(db => db.Publications.AsNoTracking().SingleAsync(p => p.PlanId == second));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(publication.Pdf)), publication.PdfSha256);
        var snapshot = await app.WithDb(db => db.PlanSnapshots.AsNoTracking().SingleAsync(s => s.Id == publication.SnapshotId));
        Assert.Equal((second, 2), (snapshot.PlanId, snapshot.Revision));

        // A later draft revision changes nothing public.
        var third = int.Parse((await PostAsync(principal, $"/ke-hoach/{second}?handler=Revise")).Headers.Location!.OriginalString.Split('/')[2]);
        await app.WithDb(async db =>
        {
            var row = await db.PlanRows.Where(r => r.PlanId == third).OrderBy(r => r.Position).FirstAsync();
            row.TargetResult = "NỘI DUNG NHÁP CHƯA CÔNG KHAI";
            return await db.SaveChangesAsync();
        });
        var anonymous = app.Browser();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/cong-khai/THDP"));
        Assert.Contains(publication.PdfSha256, page);
        Assert.DoesNotContain("NỘI DUNG NHÁP CHƯA CÔNG KHAI", page);
        var pdf = await anonymous.GetByteArrayAsync($"/cong-khai/THDP/{publication.Id}.pdf");
        Assert.Equal(publication.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Contains("Trường Tiểu học Định Phước", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/cong-khai")));
    }

    [Fact]
    public async Task A_submission_superseded_by_a_newer_revision_cannot_be_decided()
    {
        var first = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Submitted);
        var second = await app.WithDb(async db =>
        {
            var principal = OversightArrange.PrincipalOf(await db.Plans.Where(p => p.Id == first).Select(p => p.SchoolId).SingleAsync());
            var revision = (await RevisePlan.RunAsync(db, principal, first, TimeProvider.System)).PlanId!.Value;
            Assert.Null(await IssuePlan.RunAsync(db, principal, revision, TimeProvider.System));
            Assert.True((await SubmitPlan.RunAsync(db, principal, revision, true, TimeProvider.System)).Ok);
            return revision;
        });
        var officer = await SignedIn("xa.dautieng");
        var stale = await PostAsync(officer, $"/ke-hoach/{first}/tham-dinh?handler=Decide", ("decision", "Accept"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("bản điều chỉnh mới hơn", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(SubmissionStatus.Submitted, await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == first).Select(s => s.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, $"/ke-hoach/{second}/tham-dinh?handler=Decide", ("decision", "Accept"))).StatusCode);
    }

    [Fact]
    public async Task Principal_sees_the_30_June_deadline_until_the_plan_is_published()
    {
        var principal = await SignedIn("hieutruong.dinhphuoc");
        var issued = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Issued);
        var year = await app.WithDb(db => db.Plans.Where(p => p.Id == issued).Select(p => p.SchoolYear).SingleAsync());
        var panel = WebUtility.HtmlDecode(await principal.GetStringAsync($"/ke-hoach/{issued}/tham-dinh?handler=Panel"));
        Assert.Contains($"trước ngày 30/6/{int.Parse(year[..4]) + 1}", panel);
        Assert.Contains("Công khai kế hoạch", panel);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(principal, $"/ke-hoach/{issued}/tham-dinh?handler=Publish")).StatusCode);
        var after = WebUtility.HtmlDecode(await principal.GetStringAsync($"/ke-hoach/{issued}/tham-dinh?handler=Panel"));
        Assert.DoesNotContain("30/6", after);
        Assert.Contains("Đã công khai", after);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(principal, $"/ke-hoach/{issued}/tham-dinh?handler=Publish")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOversightReviewFlowTests(SqliteApp app) : ReviewFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOversightReviewFlowTests(PostgresApp app) : ReviewFlowTests(app);
