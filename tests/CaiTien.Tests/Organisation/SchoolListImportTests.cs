using System.Net;
using System.Text;
using CaiTien.Schools;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CaiTien.Tests.Organisation;

/// <summary>Importing the province's school list at /quan-tri/truong/nhap-danh-sach: preview, per-row errors,
/// nothing written before "Xác nhận nhập" or when any row is wrong, re-import updates by code.</summary>
public abstract class SchoolListImportTests(AppFactory app)
{
    private const string Page = "/quan-tri/truong/nhap-danh-sach";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = await client.AntiforgeryTokenAsync(Page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(content), "File", fileName);
        return await client.PostAsync(Page, form);
    }

    /// <summary>Posts the confirmation form the preview page rendered, as the browser would.</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewHtml)
    {
        var field = (string name) => WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(previewHtml, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
        Assert.Contains("Xác nhận nhập", WebUtility.HtmlDecode(previewHtml));
        return await client.PostAsync(Page + "?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(Page), ["fileName"] = field("fileName"), ["content"] = field("content"),
        }));
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    [Fact]
    public async Task Preview_then_confirm_writes_the_schools_and_a_second_import_updates_them_by_code()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var rows = new[]
        {
            new Dictionary<string, object> { ["Mã trường"] = $"IM{tag}1", ["Tên trường"] = "Trường Mầm non Hoa Mai", ["Cấp học"] = "Mầm non", ["Loại hình"] = "Công lập", ["Đơn vị quản lý"] = "Phòng Văn hóa – Xã hội xã Dầu Tiếng", ["Địa chỉ"] = "Ấp 1", ["Hiệu trưởng"] = "Lê Thị Mai", ["Email"] = "mai@example.edu.vn", ["Điện thoại"] = "0274 3561 234" },
            new Dictionary<string, object> { ["Mã trường"] = $"IM{tag}2", ["Tên trường"] = "Trường THCS Long Hòa", ["Cấp học"] = "THCS", ["Loại hình"] = "Công lập", ["Đơn vị quản lý"] = "XLH", ["Địa chỉ"] = "", ["Hiệu trưởng"] = "", ["Email"] = "", ["Điện thoại"] = "" },
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows);
        var client = await app.SignedInAsync("so.hochiminh");
        var preview = await UploadAsync(client, "danh-sach.xlsx", xlsx.ToArray());
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("2 trường: 2 trường mới", WebUtility.HtmlDecode(html));
        Assert.False(await app.WithDb(db => db.Schools.AnyAsync(s => s.Code.StartsWith("IM" + tag))), "nothing is written by the preview");

        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(client, html)).StatusCode);
        var school = await app.WithDb(db => db.Schools.Include(s => s.District).SingleAsync(s => s.Code == $"IM{tag}1"));
        Assert.Equal(("Trường Mầm non Hoa Mai", "preschool", "XDT", "Lê Thị Mai", "mai@example.edu.vn"),
            (school.Name, school.Level, school.District!.Code, school.PrincipalName, school.ContactEmail));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == "School" && a.EntityId == school.Id.ToString())));

        // Again as CSV with synonyms for the headers: one renamed and moved, none duplicated.
        var csv = Csv("Mã;Tên;Cấp;Đơn vị chủ quản;E-mail", $"IM{tag}1;Trường Mầm non Hoa Mai Dầu Tiếng;Mẫu giáo;Xã Long Hòa;mai@example.edu.vn", $"IM{tag}2;Trường THCS Long Hòa;THCS;XLH;");
        var again = await UploadAsync(client, "lan-2.csv", csv);
        Assert.Contains("2 trường: 0 trường mới, 2 trường sẽ được cập nhật", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(client, await again.Content.ReadAsStringAsync())).StatusCode);
        var after = await app.WithDb(db => db.Schools.Include(s => s.District).Where(s => s.Code.StartsWith("IM" + tag)).ToListAsync());
        Assert.Equal(2, after.Count);
        var renamed = after.Single(s => s.Code == $"IM{tag}1");
        Assert.Equal(("Trường Mầm non Hoa Mai Dầu Tiếng", "XLH", "Ấp 1"), (renamed.Name, renamed.District!.Code, renamed.Address));
        Assert.True(await app.WithDb(db => db.UnitEvents.AnyAsync(e => e.SchoolId == renamed.Id && e.Kind == UnitEventKind.Renamed)));
    }

    [Fact]
    public async Task Every_wrong_row_is_reported_with_its_line_and_column_and_nothing_is_written()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var csv = Csv(
            "mã trường,tên,cấp học,loại hình,đơn vị quản lý,địa chỉ,hiệu trưởng,email,điện thoại",
            $"ER{tag}1,Trường Tiểu học Tốt,Tiểu học,Công lập,XDT,,,tot@example.vn,",
            $"ER{tag}1,Trường Tiểu học Trùng,Tiểu học,Công lập,XDT,,,,",
            $"ER{tag}3,Trường Tiểu học Lạ,Tiểu học,Công lập,Phòng Văn hóa – Xã hội xã Không Có,,,,",
            $"ER{tag}4,Trường Tiểu học Thư,Tiểu học,Công lập,XDT,,,thu@@example,",
            $"ER{tag}5,=HYPERLINK(\"http://x\"),Tiểu học,Công lập,XDT,,,,",
            $",Trường Không Mã,Tiểu học,Công lập,XDT,,,,",
            $"ER{tag}7,Trường Cũ,Tiểu học,Công lập,DT,,,,",
            $"ER{tag}8,Trường Quảng Ninh,Tiểu học,Công lập,UB,,,,");
        var client = await app.SignedInAsync("so.hochiminh");
        var response = await UploadAsync(client, "loi.csv", csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Xác nhận nhập", html);
        var lines = System.Text.RegularExpressions.Regex.Matches(html, "<tr data-line=\"(\\d+)\"><td>\\d+</td><td>([^<]*)</td><td>([^<]*)</td>")
            .Select(m => (Line: int.Parse(m.Groups[1].Value), Column: m.Groups[2].Value, Message: m.Groups[3].Value)).ToList();
        Assert.Contains(lines, l => l.Line == 3 && l.Column == "mã trường" && l.Message.Contains("trùng với dòng 2"));
        Assert.Contains(lines, l => l.Line == 4 && l.Column == "đơn vị quản lý" && l.Message.Contains("Không tìm thấy đơn vị quản lý"));
        Assert.Contains(lines, l => l.Line == 5 && l.Column == "email" && l.Message.Contains("không hợp lệ"));
        Assert.Contains(lines, l => l.Line == 6 && l.Column == "tên" && l.Message.Contains("công thức"));
        Assert.Contains(lines, l => l.Line == 7 && l.Column == "mã trường" && l.Message.Contains("Thiếu mã trường"));
        Assert.Contains(lines, l => l.Line == 8 && l.Column == "đơn vị quản lý" && l.Message.Contains("ngừng hoạt động"));
        Assert.Contains(lines, l => l.Line == 9 && l.Column == "đơn vị quản lý");
        Assert.DoesNotContain(lines, l => l.Line == 2);
        Assert.False(await app.WithDb(db => db.Schools.AnyAsync(s => s.Code.StartsWith("ER" + tag))), "a file with any wrong row writes nothing");

        // A confirmation of a wrong file (forged past the preview) writes nothing either.
        var forged = await client.PostAsync(Page + "?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(Page), ["fileName"] = "loi.csv", ["content"] = Convert.ToBase64String(csv),
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.False(await app.WithDb(db => db.Schools.AnyAsync(s => s.Code.StartsWith("ER" + tag))));
    }

    [Fact]
    public async Task Formulas_in_an_excel_file_and_lists_over_ten_thousand_rows_are_refused()
    {
        var client = await app.SignedInAsync("so.hochiminh");
        var big = Csv(["mã trường,tên,cấp học,đơn vị quản lý", .. Enumerable.Range(1, ImportSchoolList.MaxRows + 1).Select(i => $"BIG{i},Trường {i},Tiểu học,XDT")]);
        var response = await UploadAsync(client, "lon.csv", big);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("tối đa 10.000 dòng", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDb(db => db.Schools.AnyAsync(s => s.Code == "BIG1")));

        var xlsx = FormulaWorkbook();
        var refused = await UploadAsync(client, "cong-thuc.xlsx", xlsx);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Matches("<tr data-line=\"2\"><td>2</td><td>tên</td><td>Ô chứa công thức", html);
    }

    [Fact]
    public async Task Only_the_administrator_and_the_province_officer_may_import()
    {
        foreach (var user in new[] { "xa.dautieng", "hieutruong.dinhphuoc" })
        {
            var client = await app.SignedInAsync(user);
            var response = await client.GetAsync(Page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("khong-co-quyen", response.Headers.Location!.OriginalString);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await app.Browser().GetAsync(Page)).StatusCode);
    }

    /// <summary>An .xlsx whose name cell in row 2 is a formula (with a cached value), written as raw sheet XML.</summary>
    private static byte[] FormulaWorkbook()
    {
        using var plain = new MemoryStream();
        plain.SaveAs(new[] { new Dictionary<string, object> { ["mã trường"] = "FX1", ["tên"] = "Trường A", ["cấp học"] = "Tiểu học", ["đơn vị quản lý"] = "XDT" } });
        using var zip = new System.IO.Compression.ZipArchive(plain, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        var b2 = System.Text.RegularExpressions.Regex.Match(xml, "<x:c r=\"B2\"[^>]*>.*?</x:c>|<c r=\"B2\"[^>]*>.*?</c>");
        Assert.True(b2.Success, "arrangement: cell B2 in the generated sheet");
        var prefix = b2.Value.StartsWith("<x:", StringComparison.Ordinal) ? "x:" : "";
        xml = xml.Replace(b2.Value, $"<{prefix}c r=\"B2\" t=\"str\"><{prefix}f>CONCATENATE(\"Trường \",\"A\")</{prefix}f><{prefix}v>Trường A</{prefix}v></{prefix}c>");
        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open())) writer.Write(xml);
        zip.Dispose();
        return plain.ToArray();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSchoolListImportTests(SqliteApp app) : SchoolListImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchoolListImportTests(PostgresApp app) : SchoolListImportTests(app);
