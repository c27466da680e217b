using System.Net;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Web;

public abstract class SchoolSettingsTests(AppFactory app)
{
    private async Task<HttpResponseMessage> Post(HttpClient client, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/truong/thong-tin");
        return await client.PostAsync($"/truong/thong-tin?handler={handler}", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Principal_keeps_the_staff_list_and_cannot_touch_another_schools()
    {
        var client = app.Browser();
        await client.SignInAsync("hieutruong.phuongdongb");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(client, "AddStaff", new() { ["name"] = "Phạm Văn An", ["position"] = "Phó Hiệu trưởng" })).StatusCode);
        Assert.Contains("Phạm Văn An — Phó Hiệu trưởng", WebUtility.HtmlDecode(await client.GetStringAsync("/truong/thong-tin")));

        var foreignStaff = await app.WithDb(db => db.Staff.Where(s => s.FullName == "Đỗ Văn Hênh").Select(s => s.Id).FirstAsync());
        var response = await Post(client, "RemoveStaff", new() { ["staffId"] = foreignStaff.ToString() });
        Assert.Contains("Không tìm thấy cán bộ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.True(await app.WithDb(db => db.Staff.AnyAsync(s => s.Id == foreignStaff)));

        var staff = app.Browser();
        await staff.SignInAsync("giaovien.dinhphuoc");
        var refused = await Post(staff, "AddStaff", new() { ["name"] = "X", ["position"] = "Y" });
        Assert.Contains("Chỉ Hiệu trưởng", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Chosen_framework_applies_to_a_new_plan_of_that_year()
    {
        var client = app.Browser();
        await client.SignInAsync("hieutruong.phuongdongb");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(client, "Framework", new() { ["year"] = "2024-2025", ["frameworkId"] = "tt57-2026-general" })).StatusCode);
        var wrongLevel = await Post(client, "Framework", new() { ["year"] = "2024-2025", ["frameworkId"] = "tt19-2018" });
        Assert.Contains("không áp dụng cho cấp học", WebUtility.HtmlDecode(await wrongLevel.Content.ReadAsStringAsync()));
        var choice = await app.WithDb(db => db.FrameworkChoices.Where(c => c.SchoolYear == "2024-2025" && db.Schools.Any(x => x.Id == c.SchoolId && x.Code == "PDB")).Select(c => c.FrameworkId).SingleAsync());
        Assert.Equal("tt57-2026-general", choice);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(client, "Framework", new() { ["year"] = "2024-2025", ["frameworkId"] = "" })).StatusCode);
        Assert.False(await app.WithDb(db => db.FrameworkChoices.AnyAsync(c => c.SchoolYear == "2024-2025")));

        Assert.Equal(HttpStatusCode.Redirect, (await Post(client, "Framework", new() { ["year"] = "2036-2037", ["frameworkId"] = "tt17-2018" })).StatusCode);
        var token = await client.AntiforgeryTokenAsync("/truong");
        var created = await client.PostAsync("/truong?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2036-2037", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);
        Assert.Equal("tt17-2018", await app.WithDb(db => db.Plans.Where(p => p.Id == planId).Select(p => p.FrameworkId).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSchoolSettingsTests(SqliteApp app) : SchoolSettingsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchoolSettingsTests(PostgresApp app) : SchoolSettingsTests(app);
