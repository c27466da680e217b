using System.Net;
using System.Text.Json.Nodes;
using CaiTien.Data;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Web;

public abstract class PlanPagesTests(AppFactory app)
{
    protected AppFactory App { get; } = app;

    protected Task<int> PlanIdOf(string schoolCode) =>
        App.WithDb(db => db.Plans.Where(p => p.School!.Code == schoolCode).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Principal_sees_plans_by_year_and_the_whole_letter_of_plan_000()
    {
        var client = App.Browser();
        await client.SignInAsync("hieutruong.dinhphuoc");
        var id = await PlanIdOf("THDP");
        var home = await client.GetStringAsync("/truong");
        Assert.Contains($"href=\"/ke-hoach/{id}\"", home);
        Assert.Contains("Năm học 2024-2025", home);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/ke-hoach/{id}"));
        Assert.Equal(17, html.Split("data-row=").Length - 1);
        Assert.Contains("Số: 56/KH-THĐP", html);
        Assert.Contains("Định Hiệp, ngày 23 tháng 9 năm 2024", html);
        Assert.Contains("Tăng cường kiểm tra website để nhắc nhở việc đăng tải hình ảnh kịp thời", html);
        Assert.Contains("35.000.000 đồng", html);
        Assert.Contains("Phòng Giáo dục và Đào tạo huyện Dầu Tiếng", html);
        Assert.Contains("Đỗ Văn Hênh", html);
    }

    [Fact]
    public async Task Stored_plan_exports_exactly_the_fixture_json()
    {
        var client = App.Browser();
        await client.SignInAsync("hieutruong.dinhphuoc");
        var json = await client.GetStringAsync($"/api/plans/{await PlanIdOf("THDP")}");
        var expected = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("000")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(json)), json);
    }

    [Fact]
    public async Task District_officer_sees_own_district_schools_and_nothing_of_another()
    {
        var client = App.Browser();
        await client.SignInAsync("phong.dautieng");
        var page = await client.GetStringAsync("/phong");
        Assert.Contains("Trường Tiểu học Định Phước", page);
        Assert.DoesNotContain("Nguyễn Bá Ngọc", page);
        var otherSchool = await App.WithDb(db => db.Schools.Where(s => s.Code == "NBN").Select(s => new { s.Id, s.DistrictId }).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/truong/{otherSchool.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ke-hoach/{await PlanIdOf("NBN")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plans/{await PlanIdOf("NBN")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/phong?district={otherSchool.DistrictId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/ke-hoach/{await PlanIdOf("THDP")}")).StatusCode);
    }

    [Fact]
    public async Task Principal_of_one_school_cannot_read_or_change_another()
    {
        var client = App.Browser();
        await client.SignInAsync("hieutruong.dinhphuoc");
        var otherPlan = await PlanIdOf("NBN");
        var otherSchool = await App.WithDb(db => db.Schools.Where(s => s.Code == "NBN").Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ke-hoach/{otherPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plans/{otherPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/truong/{otherSchool}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/phong?district=1")).StatusCode);

        var before = await App.WithDb(db => db.Plans.CountAsync());
        var response = await client.UploadAsync("/ke-hoach/nhap", "002.json", File.ReadAllBytes(SharedPaths.PlanJson("002")),
            new Dictionary<string, string> { ["Replace"] = "true" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("không phải của Trường Tiểu học Định Phước", html);
        Assert.Equal(before, await App.WithDb(db => db.Plans.CountAsync()));
        var stillTheirs = await App.WithDb(db => db.Plans.Where(p => p.Id == otherPlan).Select(p => p.SchoolName).FirstAsync());
        Assert.Equal("Trường Tiểu học Nguyễn Bá Ngọc", stillTheirs);
    }

    [Fact]
    public async Task Staff_cannot_import_and_anonymous_is_sent_to_sign_in()
    {
        var anonymous = App.Browser();
        var r = await anonymous.GetAsync($"/ke-hoach/{await PlanIdOf("THDP")}");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/dang-nhap", r.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/plans/1")).StatusCode);

        var staff = App.Browser();
        await staff.SignInAsync("giaovien.dinhphuoc");
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync("/ke-hoach/nhap")).StatusCode);
    }

    [Fact]
    public async Task Form_post_without_antiforgery_token_is_refused()
    {
        var client = App.Browser();
        await client.SignInAsync("hieutruong.dinhphuoc");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("{}"u8.ToArray()), "Upload", "x.json" } };
        var response = await client.PostAsync("/ke-hoach/nhap", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_answers_when_the_database_is_reachable()
    {
        var response = await App.Browser().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Model_has_no_pending_migrations()
    {
        Assert.False(await App.WithDb(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            $"The EF model has changes without a migration for {App.Provider}: run dotnet ef migrations add.");
        Assert.Empty(await App.WithDb(db => db.Database.GetPendingMigrationsAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePlanPagesTests(SqliteApp app) : PlanPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPlanPagesTests(PostgresApp app) : PlanPagesTests(app);
