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
    // Actors: demo accounts; "token.X" = API bearer token of unit X; "anon" = nobody signed in.
    public static readonly TheoryData<string, string, string, bool> Matrix = Build(
    [
        // Targets: THDP = a plan of Định Phước for a year after the 2025 reform (supervised by the office of xã Dầu
        // Tiếng, TP.HCM); "THDP:old" = a year before it (Phòng GD&ĐT huyện Dầu Tiếng, Tỉnh Bình Dương, merged into
        // TP.HCM); NBN likewise (phường Bình Thạnh / Phòng GD&ĐT quận Bình Thạnh); PDB = Phương Đông B (Uông Bí,
        // Quảng Ninh, not reorganised in the demo); THPTDT = Trường THPT Dầu Tiếng, under the Sở of TP.HCM.
        // actor                      action              target      allow
        ("anon",                      "review-page",      "THDP",     false),
        ("hieutruong.dinhphuoc",      "review-page",      "THDP",     true),
        ("hieutruong.dinhphuoc",      "review-page",      "NBN",      false),
        ("giaovien.dinhphuoc",        "review-page",      "THDP",     true),
        ("xa.dautieng",               "review-page",      "THDP",     true),
        ("xa.dautieng",               "review-page",      "THDP:old", false),
        ("xa.dautieng",               "review-page",      "NBN",      false),
        ("phong.dautieng",            "review-page",      "THDP:old", true),
        ("phong.dautieng",            "review-page",      "THDP",     false),
        ("phong.dautieng",            "review-page",      "NBN:old",  false),
        ("phong.binhthanh",           "review-page",      "THDP:old", false),
        ("phong.binhthanh",           "review-page",      "NBN:old",  true),
        ("phong.binhthanh",           "review-page",      "NBN",      false),
        ("phuong.binhthanh",          "review-page",      "NBN",      true),
        ("so.binhduong",              "review-page",      "THDP:old", true),
        ("so.binhduong",              "review-page",      "THDP",     false),
        ("so.binhduong",              "review-page",      "NBN:old",  false),
        ("so.hochiminh",              "review-page",      "THDP",     true),
        ("so.hochiminh",              "review-page",      "THDP:old", true),
        ("so.hochiminh",              "review-page",      "PDB",      false),
        ("admin",                     "review-page",      "NBN",      true),

        ("anon",                      "submit",           "THDP",     false),
        ("hieutruong.dinhphuoc",      "submit",           "THDP",     true),
        ("hieutruong.dinhphuoc",      "submit",           "THDP:old", true),
        ("hieutruong.dinhphuoc",      "submit",           "NBN",      false),
        ("giaovien.dinhphuoc",        "submit",           "THDP",     false),
        ("xa.dautieng",               "submit",           "THDP",     false),
        ("so.hochiminh",              "submit",           "THDP",     false),
        ("admin",                     "submit",           "THDP",     false),

        ("anon",                      "comment",          "THDP",     false),
        ("hieutruong.dinhphuoc",      "comment",          "THDP",     false),
        ("giaovien.dinhphuoc",        "comment",          "THDP",     false),
        ("xa.dautieng",               "comment",          "THDP",     true),
        ("xa.dautieng",               "comment",          "THDP:old", false),
        ("xa.dautieng",               "comment",          "NBN",      false),
        ("phong.dautieng",            "comment",          "THDP:old", true),
        ("phong.dautieng",            "comment",          "THDP",     false),
        ("phong.binhthanh",           "comment",          "THDP:old", false),
        ("so.binhduong",              "comment",          "THDP:old", false),
        ("so.hochiminh",              "comment",          "THDP",     false),
        ("so.hochiminh",              "comment",          "THPTDT",   true),
        ("admin",                     "comment",          "THDP",     false),

        ("anon",                      "decide",           "THDP",     false),
        ("hieutruong.dinhphuoc",      "decide",           "THDP",     false),
        ("xa.dautieng",               "decide",           "THDP",     true),
        ("xa.dautieng",               "decide",           "THDP:old", false),
        ("xa.dautieng",               "decide",           "NBN",      false),
        ("xa.dautieng",               "decide",           "THPTDT",   false),
        ("phong.dautieng",            "decide",           "THDP:old", true),
        ("phong.dautieng",            "decide",           "THDP",     false),
        ("phong.binhthanh",           "decide",           "THDP:old", false),
        ("phuong.binhthanh",          "decide",           "NBN",      true),
        ("so.binhduong",              "decide",           "THDP:old", false),
        ("so.hochiminh",              "decide",           "THDP",     false),
        ("so.hochiminh",              "decide",           "THPTDT",   true),
        ("so.binhduong",              "decide",           "THPTDT",   false),
        ("admin",                     "decide",           "THDP",     false),

        ("anon",                      "publish",          "THDP",     false),
        ("hieutruong.dinhphuoc",      "publish",          "THDP",     true),
        ("hieutruong.dinhphuoc",      "publish",          "NBN",      false),
        ("giaovien.dinhphuoc",        "publish",          "THDP",     false),
        ("xa.dautieng",               "publish",          "THDP",     false),
        ("so.hochiminh",              "publish",          "THDP",     false),

        // A supervising officer can never change a plan: issuing and revising stay with the school.
        ("xa.dautieng",               "issue",            "THDP",     false),
        ("phong.dautieng",            "issue",            "THDP:old", false),
        ("so.hochiminh",              "issue",            "THDP",     false),
        ("hieutruong.dinhphuoc",      "issue",            "THDP",     true),
        ("xa.dautieng",               "edit-row",         "THDP",     false),
        ("so.hochiminh",              "edit-row",         "THDP",     false),
        ("hieutruong.dinhphuoc",      "edit-row",         "THDP",     true),
        ("xa.dautieng",               "revise",           "THDP",     false),
        ("hieutruong.dinhphuoc",      "revise",           "THDP",     true),

        ("anon",                      "district-dashboard", "THDP",     false),
        ("hieutruong.dinhphuoc",      "district-dashboard", "THDP",     false),
        ("giaovien.dinhphuoc",        "district-dashboard", "THDP",     false),
        ("xa.dautieng",               "district-dashboard", "THDP",     true),
        ("xa.dautieng",               "district-dashboard", "THDP:old", false),
        ("phong.dautieng",            "district-dashboard", "THDP:old", true),
        ("phong.dautieng",            "district-dashboard", "THDP",     false),
        ("phong.dautieng",            "district-dashboard", "NBN",      false),
        ("phong.binhthanh",           "district-dashboard", "THDP:old", false),
        ("so.binhduong",              "district-dashboard", "THDP:old", true),
        ("so.binhduong",              "district-dashboard", "THDP",     false),
        ("so.hochiminh",              "district-dashboard", "THDP:old", true),
        ("so.hochiminh",              "district-dashboard", "PDB",      false),
        ("admin",                     "district-dashboard", "NBN",      true),

        ("anon",                      "province-dashboard", "THDP",     false),
        ("hieutruong.dinhphuoc",      "province-dashboard", "THDP",     false),
        ("xa.dautieng",               "province-dashboard", "THDP",     false),
        ("so.binhduong",              "province-dashboard", "THDP:old", true),
        ("so.binhduong",              "province-dashboard", "THDP",     false),
        ("so.hochiminh",              "province-dashboard", "THDP",     true),
        ("so.hochiminh",              "province-dashboard", "PDB",      false),
        ("admin",                     "province-dashboard", "NBN",      true),

        ("anon",                      "notifications",    "THDP",     false),
        ("hieutruong.dinhphuoc",      "notifications",    "THDP",     true),
        ("xa.dautieng",               "notifications",    "THDP",     true),
        ("phong.dautieng",            "notifications",    "THDP",     true),

        ("anon",                      "public-page",      "THDP",     true),
        ("hieutruong.nguyenbangoc",   "public-page",      "THDP",     true),
        ("anon",                      "public-pdf",       "THDP",     true),
        ("anon",                      "public-draft",     "THDP",     false),

        ("token.DT",                  "api-list",         "THDP:old", true),
        ("token.DT",                  "api-list",         "THDP",     false),
        ("token.XDT",                 "api-list",         "THDP",     true),
        ("token.DT",                  "api-list",         "NBN:old",  false),
        ("token.BT",                  "api-list",         "THDP:old", false),
        ("anon",                      "api-list",         "THDP",     false),
        ("xa.dautieng",               "api-list",         "THDP",     false),
        ("token.DT",                  "api-plan",         "THDP:old", true),
        ("token.DT",                  "api-plan",         "THDP",     false),
        ("token.XDT",                 "api-plan",         "THDP",     true),
        ("token.XDT",                 "api-plan",         "THDP:old", false),
        ("token.BT",                  "api-plan",         "THDP:old", false),
        ("token.BT",                  "api-plan",         "NBN:old",  true),
        ("token.BT",                  "api-plan",         "NBN",      false),
        ("anon",                      "api-plan",         "THDP",     false),
        ("phong.dautieng",            "api-plan",         "THDP:old", false),

        // Administration of units and schools: the administrator everywhere, a Sở officer in her own province
        // (TP.HCM, with the units of Bình Dương merged into it), nobody else. The target's unit is its current one.
        ("admin",                     "unit-rename",      "PDB",      true),
        ("so.hochiminh",              "unit-rename",      "THDP",     true),
        ("so.hochiminh",              "unit-rename",      "PDB",      false),
        ("so.binhduong",              "unit-rename",      "THDP",     false),
        ("xa.dautieng",               "unit-rename",      "THDP",     false),
        ("hieutruong.dinhphuoc",      "unit-rename",      "THDP",     false),
        ("anon",                      "unit-rename",      "THDP",     false),
        ("admin",                     "unit-merge",       "PDB",      true),
        ("so.hochiminh",              "unit-merge",       "THDP",     true),
        ("so.hochiminh",              "unit-merge",       "PDB",      false),
        ("so.binhduong",              "unit-merge",       "THDP",     false),
        ("xa.dautieng",               "unit-merge",       "THDP",     false),
        ("admin",                     "unit-close",       "PDB",      true),
        ("so.hochiminh",              "unit-close",       "NBN",      true),
        ("so.hochiminh",              "unit-close",       "PDB",      false),
        ("phuong.binhthanh",          "unit-close",       "NBN",      false),
        ("hieutruong.nguyenbangoc",   "unit-close",       "NBN",      false),
        ("admin",                     "school-rename",    "NBN",      true),
        ("so.hochiminh",              "school-rename",    "THDP",     true),
        ("so.hochiminh",              "school-rename",    "PDB",      false),
        ("so.binhduong",              "school-rename",    "THDP",     false),
        ("xa.dautieng",               "school-rename",    "THDP",     false),
        ("hieutruong.dinhphuoc",      "school-rename",    "THDP",     false),
        ("so.hochiminh",              "school-move",      "NBN",      true),
        ("so.hochiminh",              "school-move",      "PDB",      false),
        ("phuong.binhthanh",          "school-move",      "NBN",      false),
        ("admin",                     "school-import",    "PDB",      true),
        ("so.hochiminh",              "school-import",    "THDP",     true),
        ("so.hochiminh",              "school-import",    "PDB",      false),
        ("xa.dautieng",               "school-import",    "THDP",     false),
        ("hieutruong.dinhphuoc",      "school-import",    "THDP",     false),
        ("anon",                      "school-import",    "THDP",     false),
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
        _ when action.StartsWith("unit-", StringComparison.Ordinal) || action.StartsWith("school-", StringComparison.Ordinal) => PlanStage.Draft,
        "issue" or "edit-row" or "public-draft" => PlanStage.Draft,
        "public-page" or "public-pdf" => PlanStage.Published,
        _ => PlanStage.Issued,
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_action_and_unit_decide_access(string actor, string action, string target, bool allow)
    {
        var old = target.EndsWith(":old", StringComparison.Ordinal);
        target = target.Split(':')[0];
        var planId = await OversightArrange.PlanAsync(app, target, StageFor(action), rows: 3, old ? OversightArrange.NextOldYear() : null);
        // The unit that supervised the school in the plan's year, and its province.
        var unit = await app.WithDb(async db =>
        {
            var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.SchoolId, p.SchoolYear }).SingleAsync();
            var u = await CaiTien.Schools.Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear);
            return new { DistrictId = u.Id, u.ProvinceId, DistrictCode = u.Code };
        });
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
            _ when action.StartsWith("unit-", StringComparison.Ordinal) || action.StartsWith("school-", StringComparison.Ordinal)
                => await AdminMatrixActions.TakesEffectAsync(app, client, action, unit.DistrictId),
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
