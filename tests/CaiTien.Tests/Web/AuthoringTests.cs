using System.Net;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Web;

/// <summary>Row saving through the editor's htmx endpoints: phrase reading, refusals that keep typed text, and
/// two people saving the same row.</summary>
public abstract class AuthoringTests(AppFactory app)
{
    private async Task<(HttpClient Client, string Token, int PlanId, PlanRow Row)> DraftWithRowAsync(string year)
    {
        var client = app.Browser();
        await client.SignInAsync("hieutruong.nguyenbangoc");
        var token = await client.AntiforgeryTokenAsync("/truong");
        var created = await client.PostAsync("/truong?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = year, ["__RequestVerificationToken"] = token,
        }));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"no draft for {year}: " + System.Text.RegularExpressions.Regex.Match(
            WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), "<div class=\"alert[^>]*>[^<]*").Value);
        var editor = created.Headers.Location!.OriginalString;
        var planId = int.Parse(editor.Split('/')[2]);
        var csrf = await client.CsrfHeaderAsync(editor);
        var added = await client.HxPostAsync($"{editor}?handler=AddRow", csrf, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var row = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.PlanId == planId));
        return (client, csrf, planId, row);
    }

    private static Dictionary<string, string> Form(PlanRow row, int version, string time, string budget, string target = "Đạt Mức 2") => new()
    {
        ["rowId"] = row.Id.ToString(), ["version"] = version.ToString(), ["Criterion"] = "1.4", ["TargetResult"] = target,
        ["Lead"] = "Hiệu trưởng", ["TimeText"] = time, ["BudgetText"] = budget,
    };

    [Fact]
    public async Task Typed_phrases_are_kept_and_read_into_months_and_dong()
    {
        var (client, csrf, planId, row) = await DraftWithRowAsync("2031-2032");
        var response = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf,
            Form(row, row.Version, "Từ tháng 10 năm 2031 – Đến tháng 6 năm 2032", "35 triệu đồng"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == row.Id));
        Assert.Equal(("Từ tháng 10 năm 2031 – Đến tháng 6 năm 2032", "2031-10", "2032-06"), (saved.TimeText, saved.Start, saved.End));
        Assert.Equal(("35 triệu đồng", 35_000_000L), (saved.BudgetText, saved.BudgetVnd));
        Assert.Contains("35.000.000 đồng", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Từ tháng 5/2033 đến tháng 10/2032", "Không", "trước tháng bắt đầu")]
    [InlineData("Tháng 10/2032", "-5.000.000 đồng", "-5.000.000 đồng")]
    public async Task Refused_rows_say_why_keep_the_typed_text_and_leave_the_saved_row(string time, string budget, string message)
    {
        var (client, csrf, planId, row) = await DraftWithRowAsync(time.Contains("2033") ? "2032-2033" : "2033-2034");
        var response = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, Form(row, row.Version, time, budget));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains(time, html);
        var stored = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == row.Id));
        Assert.Null(stored.TimeText);
        Assert.Equal(row.Version, stored.Version);
    }

    [Fact]
    public async Task A_new_row_saved_with_its_criterion_left_empty_is_refused_with_a_message_not_an_error_page()
    {
        var (client, csrf, planId, row) = await DraftWithRowAsync(CaiTien.Tests.Oversight.OversightArrange.NextYear());
        var response = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, new Dictionary<string, string>
        {
            ["rowId"] = row.Id.ToString(), ["version"] = row.Version.ToString(), ["Criterion"] = "", ["Weakness"] = "Gõ trước khi chọn tiêu chí",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa chọn tiêu chí.", html);
        Assert.Contains("Gõ trước khi chọn tiêu chí", html);
    }

    [Fact]
    public async Task Second_save_of_a_stale_row_shows_the_other_change_and_keeps_the_typing()
    {
        var (first, csrf, planId, row) = await DraftWithRowAsync("2034-2035");
        var second = app.Browser();
        await second.SignInAsync("hieutruong.nguyenbangoc");
        var secondCsrf = await second.CsrfHeaderAsync($"/ke-hoach/{planId}/soan");

        var a = await first.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, Form(row, row.Version, "Tháng 10/2034", "Không", "Bản của người thứ nhất"));
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        var b = await second.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", secondCsrf, Form(row, row.Version, "Tháng 11/2034", "Không", "Bản của người thứ hai"));
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        var html = WebUtility.HtmlDecode(await b.Content.ReadAsStringAsync());
        Assert.Contains("Người khác vừa lưu dòng này", html);
        Assert.Contains("Bản của người thứ nhất", html);
        Assert.Contains("Bản của người thứ hai", html);
        var stored = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == row.Id));
        Assert.Equal("Bản của người thứ nhất", stored.TargetResult);
    }

    [Fact]
    public async Task Rows_pasted_from_Excel_are_inserted_after_the_row_and_a_non_table_is_refused()
    {
        var (client, csrf, planId, row) = await DraftWithRowAsync("2038-2039");
        await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=AddRow", csrf, new Dictionary<string, string>());
        const string tsv = "Tiêu chí\tKết quả cần đạt\tChủ trì\tThời gian\tKinh phí\n" +
            "1.2\tDán dòng một\tHiệu trưởng\tTháng 10/2038\t2 triệu đồng\n" +
            "1.3\t\"Dán dòng hai\nhai ý\"\tTổ trưởng\tTháng 10\tKhông\n";
        var pasted = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Paste", csrf, new Dictionary<string, string>
        {
            ["afterRowId"] = row.Id.ToString(), ["text"] = tsv,
        });
        Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        Assert.Contains("Dán dòng một", WebUtility.HtmlDecode(await pasted.Content.ReadAsStringAsync()));
        var rows = await app.WithDb(db => db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync());
        Assert.Equal(4, rows.Count);
        Assert.Equal(row.Id, rows[0].Id);
        Assert.Equal(("1.2", "Dán dòng một", 2_000_000L), (rows[1].Criterion, rows[1].TargetResult, rows[1].BudgetVnd ?? 0));
        Assert.Equal(("1.3", "2038-10"), (rows[2].Criterion, rows[2].Start));
        Assert.Contains("hai ý", rows[2].TargetResult);
        Assert.Equal("", rows[3].Criterion);

        var refused = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Paste", csrf, new Dictionary<string, string> { ["text"] = "\t" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không có dòng", await refused.Content.ReadAsStringAsync());
        Assert.Equal(4, await app.WithDb(db => db.PlanRows.CountAsync(r => r.PlanId == planId)));
    }

    [Fact]
    public async Task A_deleted_row_comes_back_once_where_it_was_with_its_identity_and_text()
    {
        var (client, csrf, planId, first) = await DraftWithRowAsync(CaiTien.Tests.Oversight.OversightArrange.NextYear());
        await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=AddRow", csrf, new Dictionary<string, string>());
        var saved = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, Form(first, first.Version, "Tháng 10", "3 triệu đồng", "Dòng sẽ bị xóa"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var before = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == first.Id));

        var deleted = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=DeleteRow&rowId={first.Id}", csrf, new Dictionary<string, string>());
        Assert.Equal(first.Id.ToString(), deleted.Headers.GetValues("X-Row-Id").Single());
        var restored = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=RestoreRow&rowId={first.Id}", csrf, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var newId = int.Parse(restored.Headers.GetValues("X-Row-Id").Single());
        Assert.Contains("Dòng sẽ bị xóa", WebUtility.HtmlDecode(await restored.Content.ReadAsStringAsync()));

        var rows = await app.WithDb(db => db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync());
        Assert.Equal(2, rows.Count);
        var back = rows[0];
        Assert.Equal(newId, back.Id);
        Assert.Equal((before.RowKey, before.Criterion, before.TargetResult, before.TimeText, before.BudgetVnd, before.Start),
            (back.RowKey, back.Criterion, back.TargetResult, back.TimeText, back.BudgetVnd, back.Start));

        // Twice is refused with a reason; another school's principal cannot bring it back at all.
        var again = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=RestoreRow&rowId={first.Id}", csrf, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã có lại", await again.Content.ReadAsStringAsync());
        var stranger = app.Browser();
        await stranger.SignInAsync("hieutruong.dinhphuoc");
        var strangerCsrf = await stranger.CsrfHeaderAsync("/truong");
        var refused = await stranger.HxPostAsync($"/ke-hoach/{planId}/soan?handler=RestoreRow&rowId={first.Id}", strangerCsrf, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(2, await app.WithDb(db => db.PlanRows.CountAsync(r => r.PlanId == planId)));
    }

    [Fact]
    public async Task Issued_plan_is_frozen_and_a_revision_carries_its_rows()
    {
        var (client, csrf, planId, row) = await DraftWithRowAsync("2035-2036");
        var outside = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, Form(row, row.Version, "Tháng 9/2037", "Không"));
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains("nằm ngoài năm học 2035-2036", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()));
        var token = await client.AntiforgeryTokenAsync($"/ke-hoach/{planId}");
        var unconfirmed = await client.PostAsync($"/ke-hoach/{planId}?handler=Issue", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vẫn ban hành", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Empty(await app.WithDb(db => db.PlanSnapshots.Where(s => s.PlanId == planId).ToListAsync()));
        var issue = await client.PostAsync($"/ke-hoach/{planId}?handler=Issue", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["confirmed"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, issue.StatusCode);
        var stored = await app.WithDb(db => db.PlanRows.AsNoTracking().SingleAsync(r => r.Id == row.Id));
        var frozen = await client.HxPostAsync($"/ke-hoach/{planId}/soan?handler=Row", csrf, Form(stored, stored.Version, "Tháng 11/2035", "Không", "Sửa sau ban hành"));
        Assert.NotEqual(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Single(await app.WithDb(db => db.PlanSnapshots.Where(s => s.PlanId == planId).ToListAsync()));

        token = await client.AntiforgeryTokenAsync($"/ke-hoach/{planId}");
        var revise = await client.PostAsync($"/ke-hoach/{planId}?handler=Revise", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var revisionId = int.Parse(revise.Headers.Location!.OriginalString.Split('/')[2]);
        var revision = await app.WithDb(db => db.Plans.AsNoTracking().Include(p => p.Items).SingleAsync(p => p.Id == revisionId));
        Assert.Equal((2, planId, PlanStatus.Draft), (revision.Revision, revision.PreviousRevisionId!.Value, revision.Status));
        Assert.Equal("Đạt Mức 2", Assert.Single(revision.Items).TargetResult);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuthoringTests(SqliteApp app) : AuthoringTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuthoringTests(PostgresApp app) : AuthoringTests(app);
