using System.Net;
using System.Net.Http.Headers;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>Every role × every oversight page, action and API endpoint × own unit / other unit, as data. Each
/// line runs against a fresh plan of the target school in the stage the action needs. "allow" means the page
/// answers 200 or the action took effect; "deny" means a refusal status or an error page, and nothing changed.</summary>
public abstract class AuthorizationMatrixTests(AppFactory app)
{
    // Actors: demo accounts; "token.X" = API bearer token of district X; "anon" = nobody signed in.
    // Targets: THDP (Định Phước, Huyện Dầu Tiếng, Tỉnh Bình Dương) and NBN (Nguyễn Bá Ngọc, Quận Bình Thạnh, TP.HCM).
    public static readonly TheoryData<string, string, string, bool> Matrix = Build(
    [
        // actor                      action              target  allow
        ("anon",                      "review-page",      "THDP", false),
        ("hieutruong.dinhphuoc",      "review-page",      "THDP", true),
        ("hieutruong.dinhphuoc",      "review-page",      "NBN",  false),
        ("giaovien.dinhphuoc",        "review-page",      "THDP", true),
        ("phong.dautieng",            "review-page",      "THDP", true),
        ("phong.dautieng",            "review-page",      "NBN",  false),
        ("phong.binhthanh",           "review-page",      "THDP", false),
        ("so.binhduong",              "review-page",      "THDP", true),
        ("so.binhduong",              "review-page",      "NBN",  false),
        ("admin",                     "review-page",      "NBN",  true),

        ("anon",                      "submit",           "THDP", false),
        ("hieutruong.dinhphuoc",      "submit",           "THDP", true),
        ("hieutruong.dinhphuoc",      "submit",           "NBN",  false),
        ("giaovien.dinhphuoc",        "submit",           "THDP", false),
        ("phong.dautieng",            "submit",           "THDP", false),
        ("so.binhduong",              "submit",           "THDP", false),
        ("admin",                     "submit",           "THDP", false),

        ("anon",                      "comment",          "THDP", false),
        ("hieutruong.dinhphuoc",      "comment",          "THDP", false),
        ("giaovien.dinhphuoc",        "comment",          "THDP", false),
        ("phong.dautieng",            "comment",          "THDP", true),
        ("phong.dautieng",            "comment",          "NBN",  false),
        ("phong.binhthanh",           "comment",          "THDP", false),
        ("so.binhduong",              "comment",          "THDP", false),
        ("admin",                     "comment",          "THDP", false),

        ("anon",                      "decide",           "THDP", false),
        ("hieutruong.dinhphuoc",      "decide",           "THDP", false),
        ("phong.dautieng",            "decide",           "THDP", true),
        ("phong.dautieng",            "decide",           "NBN",  false),
        ("phong.binhthanh",           "decide",           "THDP", false),
        ("so.binhduong",              "decide",           "THDP", false),
        ("admin",                     "decide",           "THDP", false),

        ("anon",                      "publish",          "THDP", false),
        ("hieutruong.dinhphuoc",      "publish",          "THDP", true),
        ("hieutruong.dinhphuoc",      "publish",          "NBN",  false),
        ("giaovien.dinhphuoc",        "publish",          "THDP", false),
        ("phong.dautieng",            "publish",          "THDP", false),
        ("so.binhduong",              "publish",          "THDP", false),

        // A district officer can never change a plan: issuing and revising stay with the school.
        ("phong.dautieng",            "issue",            "THDP", false),
        ("so.binhduong",              "issue",            "THDP", false),
        ("hieutruong.dinhphuoc",      "issue",            "THDP", true),
        ("phong.dautieng",            "edit-row",         "THDP", false),
        ("so.binhduong",              "edit-row",         "THDP", false),
        ("hieutruong.dinhphuoc",      "edit-row",         "THDP", true),
        ("phong.dautieng",            "revise",           "THDP", false),
        ("hieutruong.dinhphuoc",      "revise",           "THDP", true),

        ("anon",                      "district-dashboard", "THDP", false),
        ("hieutruong.dinhphuoc",      "district-dashboard", "THDP", false),
        ("giaovien.dinhphuoc",        "district-dashboard", "THDP", false),
        ("phong.dautieng",            "district-dashboard", "THDP", true),
        ("phong.dautieng",            "district-dashboard", "NBN",  false),
        ("phong.binhthanh",           "district-dashboard", "THDP", false),
        ("so.binhduong",              "district-dashboard", "THDP", true),
        ("so.binhduong",              "district-dashboard", "NBN",  false),
        ("admin",                     "district-dashboard", "NBN",  true),

        ("anon",                      "province-dashboard", "THDP", false),
        ("hieutruong.dinhphuoc",      "province-dashboard", "THDP", false),
        ("phong.dautieng",            "province-dashboard", "THDP", false),
        ("so.binhduong",              "province-dashboard", "THDP", true),
        ("so.binhduong",              "province-dashboard", "NBN",  false),
        ("admin",                     "province-dashboard", "NBN",  true),

        ("anon",                      "notifications",    "THDP", false),
        ("hieutruong.dinhphuoc",      "notifications",    "THDP", true),
        ("phong.dautieng",            "notifications",    "THDP", true),

        ("anon",                      "public-page",      "THDP", true),
        ("hieutruong.nguyenbangoc",   "public-page",      "THDP", true),
        ("anon",                      "public-pdf",       "THDP", true),
        ("anon",                      "public-draft",     "THDP", false),

        ("token.DT",                  "api-list",         "THDP", true),
        ("token.DT",                  "api-list",         "NBN",  false),
        ("token.BT",                  "api-list",         "THDP", false),
        ("anon",                      "api-list",         "THDP", false),
        ("phong.dautieng",            "api-list",         "THDP", false),
        ("token.DT",                  "api-plan",         "THDP", true),
        ("token.DT",                  "api-plan",         "NBN",  false),
        ("token.BT",                  "api-plan",         "THDP", false),
        ("token.BT",                  "api-plan",         "NBN",  true),
        ("anon",                      "api-plan",         "THDP", false),
        ("phong.dautieng",            "api-plan",         "THDP", false),
    ]);

    private static TheoryData<string, string, string, bool> Build((string, string, string, bool)[] lines)
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (actor, action, target, allow) in lines) data.Add(actor, action, target, allow);
        return data;
    }

    private static PlanStage StageFor(string action) => action switch
    {
        "comment" or "decide" => PlanStage.Submitted,
        "issue" or "edit-row" or "public-draft" => PlanStage.Draft,
        "public-page" or "public-pdf" => PlanStage.Published,
        _ => PlanStage.Issued,
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_action_and_unit_decide_access(string actor, string action, string target, bool allow)
    {
        var planId = await OversightArrange.PlanAsync(app, target, StageFor(action), rows: 3);
        var unit = await app.WithDb(db => db.Schools.Where(s => s.Code == target)
            .Select(s => new { s.DistrictId, s.District!.ProvinceId, DistrictCode = s.District.Code }).SingleAsync());
        var client = app.Browser();
        if (actor.StartsWith("token.", StringComparison.Ordinal))
        {
            var districtCode = actor["token.".Length..];
            var token = await app.WithDb(async db => await ApiTokens.CreateAsync(db,
                await db.Districts.Where(d => d.Code == districtCode).Select(d => d.Id).SingleAsync(), "matrix", TimeProvider.System));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (actor != "anon") await client.SignInAsync(actor);

        var allowed = action switch
        {
            "review-page" => await Ok(client, $"/ke-hoach/{planId}/tham-dinh"),
            "district-dashboard" => await Ok(client, $"/phong/tong-hop?district={unit.DistrictId}"),
            "province-dashboard" => await Ok(client, $"/so/tong-hop?province={unit.ProvinceId}"),
            "notifications" => await Ok(client, "/thong-bao"),
            "public-page" => await Ok(client, $"/cong-khai/{target}") && (await client.GetStringAsync($"/cong-khai/{target}"))
                .Contains(await app.WithDb(db => db.Publications.Where(p => p.PlanId == planId).Select(p => p.PdfSha256).SingleAsync())),
            "public-pdf" => await Ok(client, $"/cong-khai/{target}/{await app.WithDb(db => db.Publications.Where(p => p.PlanId == planId).Select(p => p.Id).SingleAsync())}.pdf"),
            "public-draft" => await DraftIsPublicAsync(client, planId, target),
            "api-list" => await ListsAsync(client, planId),
            "api-plan" => await Ok(client, $"/api/district/plans/{planId}"),
            _ => await PostTakesEffectAsync(client, action, planId),
        };
        Assert.Equal(allow, allowed);
    }

    private static async Task<bool> Ok(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> ListsAsync(HttpClient client, int planId)
    {
        var response = await client.GetAsync("/api/district/plans");
        if (response.StatusCode != HttpStatusCode.OK) return false;
        var plans = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return plans.EnumerateArray().Any(p => p.GetProperty("id").GetInt32() == planId);
    }

    /// <summary>A draft is never public: no publication can point at it and the school page never shows its rows.</summary>
    private async Task<bool> DraftIsPublicAsync(HttpClient client, int planId, string school)
    {
        var marker = "DÒNG NHÁP " + planId;
        await app.WithDb(async db =>
        {
            var row = await db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).FirstAsync();
            row.TargetResult = marker;
            return await db.SaveChangesAsync();
        });
        var response = await client.GetAsync($"/cong-khai/{school}");
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(marker);
    }

    private const string EditedTarget = "Sửa bởi kiểm thử phân quyền";

    private async Task<Dictionary<string, string>> RowFormAsync(int planId)
    {
        var row = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).FirstAsync());
        return new()
        {
            ["rowId"] = row.Id.ToString(), ["version"] = row.Version.ToString(), ["Criterion"] = row.Criterion, ["TargetResult"] = EditedTarget,
            ["Lead"] = "Hiệu trưởng", ["TimeText"] = row.TimeText ?? "", ["BudgetText"] = row.BudgetText ?? "",
        };
    }

    private async Task<bool> PostTakesEffectAsync(HttpClient client, string action, int planId)
    {
        var (url, fields) = action switch
        {
            "submit" => ($"/ke-hoach/{planId}/tham-dinh?handler=Submit", new Dictionary<string, string> { ["confirmed"] = "true" }),
            "comment" => ($"/ke-hoach/{planId}/tham-dinh?handler=Comment", new Dictionary<string, string> { ["text"] = "Góp ý kiểm thử" }),
            "decide" => ($"/ke-hoach/{planId}/tham-dinh?handler=Decide", new Dictionary<string, string> { ["decision"] = "Accept" }),
            "publish" => ($"/ke-hoach/{planId}/tham-dinh?handler=Publish", new Dictionary<string, string>()),
            "issue" => ($"/ke-hoach/{planId}?handler=Issue", new Dictionary<string, string> { ["confirmed"] = "true" }),
            "revise" => ($"/ke-hoach/{planId}?handler=Revise", new Dictionary<string, string>()),
            "edit-row" => ($"/ke-hoach/{planId}/soan?handler=Row", await RowFormAsync(planId)),
            _ => throw new ArgumentException("unknown action " + action),
        };
        var tokenPage = client.DefaultRequestHeaders.Authorization is null && await Ok(client, "/khung-danh-gia") ? "/khung-danh-gia" : "/dang-nhap";
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(tokenPage);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.True((int)response.StatusCode < 500, $"{action}: {(int)response.StatusCode}");
        return await app.WithDb(async db => action switch
        {
            "submit" => await db.PlanSubmissions.AnyAsync(s => s.PlanId == planId),
            "comment" => await db.ReviewComments.AnyAsync(c => c.PlanId == planId),
            "decide" => await db.PlanSubmissions.AnyAsync(s => s.PlanId == planId && s.Status != SubmissionStatus.Submitted),
            "publish" => await db.Publications.AnyAsync(p => p.PlanId == planId),
            "issue" => await db.Plans.AnyAsync(p => p.Id == planId && p.Status == PlanStatus.Issued),
            "edit-row" => await db.PlanRows.AnyAsync(r => r.PlanId == planId && r.TargetResult == EditedTarget),
            _ => await db.Plans.AnyAsync(p => p.PreviousRevisionId == planId),
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOversightAuthorizationMatrixTests(SqliteApp app) : AuthorizationMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOversightAuthorizationMatrixTests(PostgresApp app) : AuthorizationMatrixTests(app);
