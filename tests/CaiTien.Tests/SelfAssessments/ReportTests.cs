using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using CaiTien.Plans;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static CaiTien.Tests.SelfAssessments.AssessmentClient;

namespace CaiTien.Tests.SelfAssessments;

/// <summary>The báo cáo tự đánh giá, its evidence list and package, through the pages. Each test uses its own school
/// year of the demo school THDP (2010-2013, which no other test uses).</summary>
public abstract class ReportTests(AppFactory app)
{
    private readonly AssessmentClient _school = new(app);

    private static List<string> Paragraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        return word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static string Squeeze(string text) => new string(text.Normalize().Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The "Kết quả" line and the plan paragraph that follow a criterion's heading in the body (its last occurrence:
    /// the contents and the summary table list it first).</summary>
    private static (string Result, List<string> Plan) CriterionPart(List<string> paragraphs, string code)
    {
        var heading = paragraphs.FindLastIndex(p => p.StartsWith($"Tiêu chí {code}: ", StringComparison.Ordinal));
        Assert.True(heading >= 0, $"no heading for {code}");
        var result = paragraphs.Skip(heading).First(p => p.StartsWith("Kết quả: ", StringComparison.Ordinal));
        var planStart = paragraphs.FindIndex(heading, p => p.StartsWith("4. Kế hoạch cải tiến chất lượng", StringComparison.Ordinal));
        var plan = paragraphs.Skip(planStart + 1).TakeWhile(p => !p.StartsWith("5. Tự đánh giá", StringComparison.Ordinal)).ToList();
        return (result, plan);
    }

    [Fact]
    public async Task Report_of_seed_002_reproduces_its_counts_and_every_criterion_level_in_Word_and_PDF()
    {
        const string year = "2010-2011";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        var all = Tt17.Criteria.ToList();
        await _school.AssignAsync(principal, year, all.ToDictionary(c => c.Code, _ => "Nguyễn Thị Hoa"));
        // 002's counts (the arrangement of the summary test): 5 of the 19 criteria with Mức 3 reach it; 7 of the 8 without miss Mức 2.
        var fullMarks = all.Where(c => c.HasLevel(3)).Take(5).Select(c => c.Code).ToHashSet();
        var missLevel2 = all.Where(c => !c.HasLevel(3)).Take(7).Select(c => c.Code).ToHashSet();
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        foreach (var c in all)
        {
            var response = await RateAsync(member, year, c.Code, (level, _) => level == 1 || level == 2 && !missLevel2.Contains(c.Code) || fullMarks.Contains(c.Code),
                description: c.Code == "1.1" ? "Nhà trường có phương hướng, chiến lược được phê duyệt [H1-1.1-01]." : null,
                evidence: c.Code == "1.1" ? "[H1-1.1-01]\n[H1-1.1-02]" : "");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var texts = await PostAsync(principal, $"/tu-danh-gia/{year}/bao-cao?handler=Save",
            [new("Introduction", "Trường Tiểu học Định Phước thành lập năm 1976."), new("Facts[principal]", "Đỗ Văn Hênh"),
             new("Standards[0].Number", "1"), new("Standards[0].Opening", "Tiêu chuẩn 1 nói về tổ chức và quản lý.")]);
        Assert.Equal(HttpStatusCode.OK, texts.StatusCode);
        var page = await TextAsync(texts);
        Assert.Contains("Đã lưu nội dung báo cáo tự đánh giá", page);
        Assert.Contains("Phần chưa viết: Phần III. KẾT LUẬN CHUNG", page);

        var expected = LevelEngine.Evaluate(Tt17, await _school.RatingsAsync(year));
        Assert.Equal(("27/27", "20/27", "05/19"), (expected.CountAt(1).RatioText, expected.CountAt(2).RatioText, expected.CountAt(3).RatioText));
        var docx = await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var paragraphs = Paragraphs(await docx.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", paragraphs);
        foreach (var heading in new[] { "Phần I. CƠ SỞ DỮ LIỆU", "Phần II. TỰ ĐÁNH GIÁ", "A. ĐẶT VẤN ĐỀ", "Phần III. KẾT LUẬN CHUNG", "Phần IV. PHỤ LỤC", "Kết luận về Tiêu chuẩn 5" })
            Assert.Contains(heading, text);
        Assert.Contains("27/27", text);
        Assert.Contains("20/27", text);
        Assert.Contains("05/19", text);
        Assert.Contains("74,07%", text);
        Assert.Contains("Mức đánh giá của trường: Mức 1.", text);
        Assert.Contains("Trường Tiểu học Định Phước thành lập năm 1976.", text);
        Assert.Contains("Đỗ Văn Hênh", text);
        Assert.Contains("Minh chứng: [H1-1.1-02].", text);
        Assert.Contains("[Chưa viết phần “Phần III. KẾT LUẬN CHUNG”]", text);
        foreach (var c in expected.Criteria)
            Assert.Equal($"Kết quả: {c.VerdictText}.", CriterionPart(paragraphs, c.Code).Result);

        var pdf = await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var pdfText = Squeeze(string.Join("", document.GetPages().Select(p => p.Text)));
        foreach (var c in all) Assert.Contains(Squeeze($"Tiêu chí {c.Code}: {c.Title}"), pdfText);
        Assert.Contains(Squeeze("Kết quả: Đạt Mức 3."), pdfText);
    }

    [Fact]
    public async Task Plan_rows_write_the_report_plan_paragraph_and_unrated_criteria_are_not_called_failed()
    {
        const string year = "2011-2012";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new[] { "1.1", "1.2", "1.3", "1.5" }.ToDictionary(c => c, _ => "Nguyễn Thị Hoa"));
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        await RateAsync(member, year, "1.1", (_, _) => true);
        await RateAsync(member, year, "1.2", (level, key) => !(level == 1 && key == "b"), weaknesses: "Chưa công khai đầy đủ các quy chế.",
            idea: "Niêm yết các quy chế tại bảng tin và trang thông tin điện tử.");
        await RateAsync(member, year, "1.3", (_, _) => true, weaknesses: "Hồ sơ họp chưa lưu đầy đủ.");
        // 1.5: one requirement rated đạt, the rest left unrated.
        await PostAsync(member, $"/tu-danh-gia/{year}/danh-gia?handler=Save", [new("Criterion", "1.5"), new("v.1.a", "1")], htmx: true);

        var created = await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.2"), new("Choices[0].Selected", "true")]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var row = await app.WithDb(db => db.PlanRows.SingleAsync(r => r.Criterion == "1.2" && db.Plans.Any(p => p.Id == r.PlanId && p.SchoolYear == year)));
        Assert.Equal("Niêm yết các quy chế tại bảng tin và trang thông tin điện tử.", row.Tasks);

        var paragraphs = Paragraphs(await (await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=Docx")).Content.ReadAsByteArrayAsync());
        var plan = Assert.Single(CriterionPart(paragraphs, "1.2").Plan);
        Assert.Contains("Công việc: Niêm yết các quy chế tại bảng tin và trang thông tin điện tử.", plan);
        Assert.Equal("Kết quả: Chưa đánh giá.", CriterionPart(paragraphs, "1.4").Result);
        Assert.Equal("Kết quả: Chưa đánh giá.", CriterionPart(paragraphs, "1.5").Result);
        Assert.Equal("Kết quả: Không đạt.", CriterionPart(paragraphs, "1.2").Result);
        Assert.Contains("[Chưa có dòng kế hoạch cải tiến cho điểm yếu của tiêu chí này]", CriterionPart(paragraphs, "1.3").Plan);

        var editor = $"/ke-hoach/{row.PlanId}/soan";
        var csrf = await principal.CsrfHeaderAsync(editor);
        var saved = await principal.HxPostAsync($"{editor}?handler=Row", csrf, new Dictionary<string, string>
        {
            ["rowId"] = row.Id.ToString(), ["version"] = row.Version.ToString(), ["Criterion"] = "1.2", ["TargetResult"] = "Đạt Mức 1",
            ["Tasks"] = "Công khai quy chế chi tiêu nội bộ trên trang web của trường.", ["Lead"] = "Phó hiệu trưởng", ["TimeText"] = "Từ tháng 10/2011 đến tháng 12/2011",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        paragraphs = Paragraphs(await (await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=Docx")).Content.ReadAsByteArrayAsync());
        plan = Assert.Single(CriterionPart(paragraphs, "1.2").Plan);
        Assert.Equal("Mục tiêu: Đạt Mức 1. Công việc: Công khai quy chế chi tiêu nội bộ trên trang web của trường. Chủ trì: Phó hiệu trưởng. Thời gian: Từ tháng 10/2011 đến tháng 12/2011.", plan);

        var summary = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}"));
        Assert.Matches("data-criterion=\"1.5\">(?:(?!</tr>).)*data-level>Chưa đánh giá<", summary.ReplaceLineEndings(" "));
        Assert.Matches("data-criterion=\"1.2\">(?:(?!</tr>).)*data-level>Không đạt<", summary.ReplaceLineEndings(" "));

        var details = await TextAsync(await principal.GetAsync($"/ke-hoach/{row.PlanId}?handler=Findings"));
        Assert.Contains("ghi điểm yếu của tiêu chí 1.3", details);
        Assert.DoesNotContain("ghi điểm yếu của tiêu chí 1.2", details);
        Assert.DoesNotContain("Dòng 1 cải tiến tiêu chí 1.2", details);
    }

    [Fact]
    public async Task Evidence_package_streams_one_folder_per_box_with_files_named_by_code_and_their_stored_hashes()
    {
        const string year = "2012-2013";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new[] { "1.2", "1.3" }.ToDictionary(c => c, _ => "Nguyễn Thị Hoa"));
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        await RateAsync(member, year, "1.2", (level, _) => level == 1, weaknesses: "Chưa có quy chế mới.", evidence: "[H1-1.2-01]");
        var shared = await RateAsync(member, year, "1.3", (_, _) => true, evidence: "[H1-1.2-01]\n[H1-1.3-01]");
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.2"), new("Choices[0].Selected", "true")]);
        var row = await app.WithDb(db => db.PlanRows.SingleAsync(r => r.Criterion == "1.2" && db.Plans.Any(p => p.Id == r.PlanId && p.SchoolYear == year)));
        await app.WithDb(db => db.Plans.Where(p => p.Id == row.PlanId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Issued)));

        var files = new Dictionary<string, byte[]>
        {
            ["[H1-1.2-01]"] = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% quy che {Guid.NewGuid()}\n%%EOF\n"),
            ["[H1-1.2-02]"] = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% bien ban {Guid.NewGuid()}\n%%EOF\n"),
        };
        foreach (var (code, content) in files)
        {
            var upload = await principal.UploadAsync($"/tien-do/dong/{row.Id}?handler=Upload", "tep.pdf", content,
                new Dictionary<string, string> { ["title"] = $"Văn bản {code}", ["code"] = code, ["documentNumber"] = "05/QĐ-THĐP", ["documentDate"] = "2012-09-05" });
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        // The first file again, without a code and dated before the cycle: a duplicate, cited nowhere and too old.
        var again = await principal.UploadAsync($"/tien-do/dong/{row.Id}?handler=Upload", "ban-sao.pdf", files["[H1-1.2-01]"],
            new Dictionary<string, string> { ["title"] = "Bản sao quy chế", ["documentDate"] = "2005-01-10" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var response = await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=Package", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(["Danh-muc-minh-chung.docx", "Danh-muc-minh-chung.xlsx", "Hop-1/H1-1.2-01.pdf", "Hop-1/H1-1.2-02.pdf"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var (code, content) in files)
        {
            await using var entry = zip.GetEntry($"Hop-1/{code.Trim('[', ']')}.pdf")!.Open();
            var stored = await app.WithDb(db => db.EvidenceFiles.Where(f => f.Code == code && f.PlanId == row.PlanId).Select(f => f.Sha256).SingleAsync());
            Assert.Equal(stored, Convert.ToHexStringLower(await SHA256.HashDataAsync(entry)));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored);
        }
        using var list = new MemoryStream();
        await using (var entry = zip.GetEntry("Danh-muc-minh-chung.docx")!.Open()) await entry.CopyToAsync(list);
        var lines = Paragraphs(list.ToArray());
        var text = string.Join("\n", lines);
        foreach (var column in new[] { "TT", "Mã minh chứng", "Tên minh chứng", "Số/ngày ban hành", "Nơi ban hành", "Ghi chú" }) Assert.Contains(column, lines);
        Assert.Contains("Dùng chung cho tiêu chí 1.2, 1.3", text);
        Assert.Contains("05/QĐ-THĐP, ngày 05/09/2012", text);
        Assert.Contains("Chưa có tệp", text);
        Assert.Contains("Chưa được trích dẫn trong báo cáo", text);

        var xlsx = await principal.GetAsync($"/tu-danh-gia/{year}/bao-cao?handler=EvidenceXlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["[H1-1.2-01]", "[H1-1.3-01]", "[H1-1.2-02]"], rows.Select(r => r["Mã minh chứng"]?.ToString()));

        var health = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}/minh-chung"));
        Assert.Contains("Tiêu chí 1.1 chưa có mã minh chứng nào.", health);
        Assert.Contains($"href=\"/tu-danh-gia/{year}/danh-gia?tat-ca=true#criterion-1-1\"", health);
        Assert.Contains("Mã “[H1-1.3-01]” (danh sách minh chứng của tiêu chí 1.3) chưa có tệp", health);
        Assert.DoesNotContain("Mã “[H1-1.2-01]”", health);
        Assert.Contains("Tệp “tep.pdf” mã “[H1-1.2-02]” không được tiêu chí nào trích dẫn.", health);
        Assert.Contains("Tệp “ban-sao.pdf” (Bản sao quy chế, tiêu chí 1.2, năm học 2012-2013) chưa có mã minh chứng", health);
        Assert.Contains("Cùng một nội dung được nộp 2 lần: “tep.pdf” ([H1-1.2-01]), “ban-sao.pdf”.", health);
        Assert.Contains("Minh chứng “Bản sao quy chế” ngày 10/01/2005, trước chu kỳ 5 năm (từ 01/08/2008).", health);
        Assert.Contains($"href=\"/ke-hoach/{row.PlanId}/minh-chung\"", health);

        var gaps = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}/khoang-cach"));
        Assert.Contains("Mức tiếp theo: <strong>Mức 1</strong>", gaps);
        Assert.Contains("data-scenario=\"1.2-2\"", gaps);
        Assert.DoesNotContain("data-criterion=\"1.3\"", gaps);

        var handouts = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}/phieu-giao-viec"));
        Assert.Contains("PHIẾU GIAO VIỆC", handouts);
        Assert.Matches("Nguyễn Thị Hoa(?:(?!data-handout).)*\\[H1-1.3-01\\]</td><td>Chưa có tệp", handouts.ReplaceLineEndings(" "));
        Assert.Contains("Người nhận việc", handouts);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReportTests(SqliteApp app) : ReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportTests(PostgresApp app) : ReportTests(app);
