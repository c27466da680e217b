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
    private static PlanStage StageFor(string action) => action switch
    {
        "comment" or "decide" => PlanStage.Submitted,
        _ when action.StartsWith("unit-", StringComparison.Ordinal) || action.StartsWith("school-", StringComparison.Ordinal) => PlanStage.Draft,
        "issue" or "edit-row" or "public-draft" => PlanStage.Draft,
        "public-page" or "public-pdf" => PlanStage.Published,
        _ => PlanStage.Issued,
    };

    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Matrix), MemberType = typeof(AuthorizationMatrix))]
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
