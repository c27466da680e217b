using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Web;

public abstract partial class ImportDocumentTests(AppFactory app)
{
    private const string Page = "/ke-hoach/nhap-van-ban";

    private async Task<(HttpClient Client, string Html)> UploadAsync(string user, string fileName, byte[] content)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        var response = await client.UploadAsync(Page + "?handler=Upload", fileName, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Word_plan_is_previewed_then_saved_with_links_to_its_source_rows()
    {
        var (client, html) = await UploadAsync("hieutruong.phuongdongb", "ke-hoach-2024.docx", File.ReadAllBytes(SharedPaths.Docx("004")));
        Assert.Contains("8 dòng kế hoạch", html);
        Assert.Contains("Cá nhân/Tổ chức thực hiện", html);

        var form = new Dictionary<string, string> { ["Replace"] = "true" };
        foreach (Match m in HiddenOrValue().Matches(html)) form[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        form["__RequestVerificationToken"] = TokenField().Match(html).Groups[1].Value;
        var saved = await client.PostAsync(Page + "?handler=Save", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var planId = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[2]);

        var json = await client.GetStringAsync($"/api/plans/{planId}");
        Assert.Empty(JsonSubset.Differences(JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("004"))), JsonNode.Parse(json)));
        var sources = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId).Select(r => r.SourceRef).ToListAsync());
        Assert.All(sources, s => Assert.StartsWith("ke-hoach-2024.docx, bảng", s));
        Assert.Single(await app.WithDb(db => db.PlanSourceFiles.Where(f => f.PlanId == planId).ToListAsync()));
    }

    [Fact]
    public async Task An_old_Word_97_plan_is_converted_with_LibreOffice_and_previewed()
    {
        var doc = LegacyWord.FromDocx(File.ReadAllBytes(SharedPaths.Docx("004")));
        var (_, html) = await UploadAsync("hieutruong.phuongdongb", "ke-hoach-2024.doc", doc);
        Assert.Contains("8 dòng kế hoạch", html);
        Assert.Contains("Cá nhân/Tổ chức thực hiện", html);
    }

    [Theory]
    [InlineData("ke-hoach.doc", "lưu lại dưới dạng .docx")]
    [InlineData("ke-hoach.xls", "lưu lại dưới dạng .xlsx")]
    [InlineData("ke-hoach.pdf", "không phải .docx hoặc .xlsx")]
    public async Task Wrong_file_types_are_refused_with_a_reason(string fileName, string message)
    {
        var (_, html) = await UploadAsync("hieutruong.dinhphuoc", fileName, [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
        Assert.Contains(message, html);
        Assert.Contains("chưa có gì được ghi", html);
    }

    [Fact]
    public async Task Random_bytes_named_docx_get_a_clear_message_and_the_app_stays_up()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var (client, html) = await UploadAsync("hieutruong.dinhphuoc", "hong.docx", bytes);
        Assert.Contains("chưa có gì được ghi", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [GeneratedRegex("<input[^>]*name=\"(?<name>(Token|FileName|Columns\\[\\d+\\]|Criteria\\[\\d+\\]))\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenOrValue();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteImportDocumentTests(SqliteApp app) : ImportDocumentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportDocumentTests(PostgresApp app) : ImportDocumentTests(app);
