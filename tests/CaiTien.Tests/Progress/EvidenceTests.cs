using System.Net;
using System.Security.Cryptography;
using CaiTien.Evidence;
using CaiTien.Tests.Infrastructure;
using CaiTien.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CaiTien.Tests.Progress;

public abstract class EvidenceTests(AppFactory app)
{
    private static byte[] Pdf(string marker) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private async Task<HttpResponseMessage> Upload(HttpClient client, int rowId, string name, byte[] content, string? code = null)
    {
        var fields = new Dictionary<string, string> { ["title"] = "Biên bản họp", ["documentNumber"] = "12/BB-THĐP", ["documentDate"] = "2024-10-15", ["issuingBody"] = "Trường Tiểu học Định Phước" };
        if (code is not null) fields["code"] = code;
        // The page's file field is named "upload"; the shared helper names the part "Upload" (binding ignores case).
        return await client.UploadAsync($"/tien-do/dong/{rowId}?handler=Upload", name, content, fields);
    }

    private Task<int> FileCount() => app.WithDb(db => db.EvidenceFiles.CountAsync());

    private string StoreRoot => Path.Combine(app.DataFolder, "evidence");

    [Fact]
    public async Task Pdf_is_stored_once_by_content_hash_and_downloads_unchanged()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var otherRow = await app.RowIdAsync(planId, "4.1");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var content = Pdf("same " + Guid.NewGuid());
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));

        var first = await Upload(teacher, row, "bien-ban-hop.pdf", content, "[H1-1.8-01]");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("bien-ban-hop.pdf", await first.TextAsync());
        var second = await Upload(teacher, otherRow, "ban-sao.pdf", content);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var stored = await app.WithDb(db => db.EvidenceFiles.AsNoTracking().Where(f => f.Sha256 == hash).OrderBy(f => f.Id).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Equal(("[H1-1.8-01]", "12/BB-THĐP", new DateOnly(2024, 10, 15), "Trường Tiểu học Định Phước"),
            (stored[0].Code, stored[0].DocumentNumber, stored[0].DocumentDate!.Value, stored[0].IssuingBody));
        Assert.Single(Directory.GetFiles(StoreRoot, hash, SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(StoreRoot, "tmp")));

        var download = await teacher.GetAsync($"/ke-hoach/{planId}/minh-chung?handler=File&fileId={stored[0].Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("../../etc/bien-ban.pdf", "ký tự đường dẫn")]
    [InlineData("..\\bien-ban.pdf", "ký tự đường dẫn")]
    [InlineData("bien-ban.exe", "Chỉ nhận tệp PDF")]
    [InlineData("anh.pdf", "không phải tệp PDF")]
    [InlineData("bang.xlsx", "không phải tệp XLSX")]
    public async Task Wrong_name_type_or_content_is_refused_and_nothing_is_stored(string name, string message)
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await FileCount();
        var content = name.EndsWith(".xlsx") ? Pdf("not a workbook") : Png;
        var response = await Upload(teacher, row, name, content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(before, await FileCount());
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Empty(Directory.Exists(StoreRoot) ? Directory.GetFiles(StoreRoot, hash, SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task File_over_20_MB_is_refused()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await FileCount();
        var big = new byte[UploadEvidence.MaxBytes + 1];
        Pdf("big").CopyTo(big, 0);
        var response = await Upload(teacher, row, "lon.pdf", big);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("lớn hơn 20 MB", await response.TextAsync());
        Assert.Equal(before, await FileCount());
    }

    [Theory]
    [InlineData("MC.1.8.01", "Mã này viết theo quy ước")]
    [InlineData("[H1-1.1-07]", "thuộc tiêu chí 1.1")]
    [InlineData("H1-1.8-01", "không đúng quy ước")]
    public async Task Evidence_code_outside_the_convention_or_of_another_criterion_is_refused(string code, string message)
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await FileCount();
        var response = await Upload(teacher, row, "bien-ban.pdf", Pdf(code), code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(before, await FileCount());
    }

    [Fact]
    public async Task Someone_not_on_the_row_cannot_upload()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "3.1");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await FileCount();
        var response = await Upload(teacher, row, "bien-ban.pdf", Pdf("x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await FileCount());
    }

    [Fact]
    public async Task Evidence_catalog_exports_as_xlsx_with_code_title_number_and_issuer()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "5.3");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        Assert.Equal(HttpStatusCode.OK, (await Upload(teacher, row, "ke-hoach-doi.pdf", Pdf("catalog " + Guid.NewGuid()), "[H1-5.3-02]")).StatusCode);

        var response = await teacher.GetAsync($"/ke-hoach/{planId}/minh-chung?handler=Xlsx");
        Assert.Equal(EvidenceCatalog.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var line = Assert.Single(rows, r => (string)r["Mã minh chứng"] == "[H1-5.3-02]");
        Assert.Equal("Biên bản họp", line["Tên minh chứng"]);
        Assert.Equal("12/BB-THĐP, ngày 15/10/2024", line["Số, ngày ban hành"]);
        Assert.Equal("Trường Tiểu học Định Phước", line["Nơi ban hành"]);
        Assert.Equal("5.3", line["Tiêu chí"]);
        var page = await (await teacher.GetAsync($"/ke-hoach/{planId}/minh-chung")).TextAsync();
        Assert.Contains("[H1-5.3-02]", page);
    }
}

[Collection(ProgressSqliteCollection.Name)]
public sealed class SqliteEvidenceTests(SqliteApp app) : EvidenceTests(app);

[Collection(ProgressPostgresCollection.Name)]
public sealed class PostgresEvidenceTests(PostgresApp app) : EvidenceTests(app);
