using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Web;

public abstract class ImportJsonTests(AppFactory app)
{
    private const string Principal = "hieutruong.phuongdongb";

    private static JsonNode Fixture004() => JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("004")))!;

    private async Task<string> ExpectRejected(string fileName, byte[] content, string expectedMessage)
    {
        var client = app.Browser();
        await client.SignInAsync(Principal);
        var before = await app.WithDb(db => db.PlanRows.CountAsync());
        var response = await client.UploadAsync("/ke-hoach/nhap", fileName, content, new Dictionary<string, string> { ["Replace"] = "true" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("chưa có gì được ghi", html);
        Assert.True(html.Contains(expectedMessage), html[Math.Max(0, html.IndexOf("alert-danger"))..][..Math.Min(1500, html.Length - Math.Max(0, html.IndexOf("alert-danger")))]);
        Assert.Equal(before, await app.WithDb(db => db.PlanRows.CountAsync()));
        return html;
    }

    [Fact]
    public Task Malformed_json_names_line_and_column() =>
        ExpectRejected("hong.json", Encoding.UTF8.GetBytes("{\"schema\": \"caitien.plan/1\",\n \"school\": {"), "dòng 2");

    [Fact]
    public Task Wrong_schema_version_is_named() =>
        ExpectRejected("v2.json", Encoding.UTF8.GetBytes(Fixture004().AsObject().Also(o => o["schema"] = "caitien.plan/2").ToJsonString()),
            "\"caitien.plan/2\" không được hỗ trợ");

    [Fact]
    public Task Unknown_criterion_for_the_framework_names_the_row()
    {
        var plan = Fixture004();
        plan["items"]![2]!["criterion"] = "5.9";
        return ExpectRejected("sai-tieu-chi.json", Encoding.UTF8.GetBytes(plan.ToJsonString()), "Dòng 3 của bảng kế hoạch: tiêu chí 5.9 không có trong 17/2018/TT-BGDĐT");
    }

    [Fact]
    public Task Twenty_thousand_character_cell_names_row_and_column()
    {
        var plan = Fixture004();
        plan["items"]![1]!["tasks"] = new string('a', 20_000);
        return ExpectRejected("dai.json", Encoding.UTF8.GetBytes(plan.ToJsonString()), "Dòng 2 của bảng kế hoạch, cột Công việc/giải pháp");
    }

    [Fact]
    public Task Other_file_types_are_refused() =>
        ExpectRejected("ke-hoach.pdf", "%PDF-1.7"u8.ToArray(), "không phải tệp JSON");

    [Fact]
    public async Task Html_in_any_text_is_shown_as_text()
    {
        var plan = Fixture004();
        plan["schoolYear"] = "2025-2026";
        plan["items"]![0]!["weakness"] = "<script>alert('x')</script><b>đậm</b>";
        plan["purposes"]![0] = "<img src=x onerror=alert(1)>";
        var client = app.Browser();
        await client.SignInAsync(Principal);
        var response = await client.UploadAsync("/ke-hoach/nhap", "html.json", Encoding.UTF8.GetBytes(plan.ToJsonString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
    }
}

internal static class JsonNodeExtensions
{
    public static T Also<T>(this T node, Action<T> change)
    {
        change(node);
        return node;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteImportJsonTests(SqliteApp app) : ImportJsonTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportJsonTests(PostgresApp app) : ImportJsonTests(app);
