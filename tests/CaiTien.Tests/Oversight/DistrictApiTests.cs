using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaiTien.Oversight;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

public abstract class DistrictApiTests(AppFactory app)
{
    private async Task<HttpClient> WithTokenAsync(string districtCode)
    {
        var token = await app.WithDb(async db => await ApiTokens.CreateAsync(db,
            await db.Districts.Where(d => d.Code == districtCode).Select(d => d.Id).SingleAsync(), "test", TimeProvider.System));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Plan_detail_gives_rows_and_progress_and_tokens_are_stored_hashed()
    {
        var planId = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Submitted, rows: 4);
        await app.WithDb(async db =>
        {
            var rows = await db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).Take(3).ToListAsync();
            rows.ForEach(r => r.Completed = true);
            return await db.SaveChangesAsync();
        });
        // A plan after the 2025 reform: the commune office's token reads it (the old district's is in the matrix).
        var client = await WithTokenAsync("XDT");
        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/district/plans/{planId}")).RootElement;
        var plan = json.GetProperty("plan");
        Assert.Equal(("THDP", "issued", "submitted"), (plan.GetProperty("schoolCode").GetString(), plan.GetProperty("status").GetString(), plan.GetProperty("reviewStatus").GetString()));
        var progress = plan.GetProperty("progress");
        Assert.Equal((4, 3, 75.0), (progress.GetProperty("rows").GetInt32(), progress.GetProperty("completed").GetInt32(), progress.GetProperty("percentCompleted").GetDouble()));
        Assert.Equal(4, json.GetProperty("rows").GetArrayLength());
        Assert.True(json.GetProperty("rows")[0].GetProperty("completed").GetBoolean());

        var byYear = JsonDocument.Parse(await client.GetStringAsync($"/api/district/plans?year={plan.GetProperty("schoolYear").GetString()}")).RootElement;
        Assert.Equal(planId, Assert.Single(byYear.EnumerateArray()).GetProperty("id").GetInt32());

        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var stored = await app.WithDb(db => db.DistrictApiTokens.Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        Assert.Contains(ApiTokens.Hash(token), stored);
    }

    [Fact]
    public async Task Unknown_or_revoked_token_is_refused()
    {
        var client = await WithTokenAsync("DT");
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/district/plans")).StatusCode);
        await app.WithDb(async db =>
        {
            var hash = ApiTokens.Hash(token);
            (await db.DistrictApiTokens.SingleAsync(t => t.TokenHash == hash)).RevokedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        var revoked = await client.GetAsync("/api/district/plans");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("Bearer", revoked.Headers.WwwAuthenticate.ToString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/district/plans")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_district_endpoints()
    {
        var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/district/plans", out var list));
        Assert.True(paths.TryGetProperty("/api/district/plans/{id}", out var one));
        Assert.Equal("ListDistrictPlans", list.GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(one.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(json.GetProperty("components").GetProperty("schemas").TryGetProperty("PlanDetail", out _));
        var scheme = json.GetProperty("components").GetProperty("securitySchemes").GetProperty("DistrictToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.True(list.GetProperty("get").GetProperty("security")[0].TryGetProperty("DistrictToken", out _));
    }

    [Fact]
    public async Task Demo_token_reads_the_demo_district()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OversightDemo.ApiToken);
        var plans = JsonDocument.Parse(await client.GetStringAsync("/api/district/plans?year=2024-2025")).RootElement;
        var codes = plans.EnumerateArray().Select(p => p.GetProperty("schoolCode").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "THDP", "MNHS", "THAL", "THLA", "THCSDH", "THCSMT" }, codes);
        Assert.DoesNotContain("NBN", codes);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOversightDistrictApiTests(SqliteApp app) : DistrictApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOversightDistrictApiTests(PostgresApp app) : DistrictApiTests(app);
