using CaiTien.Checking;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Issue 17 item 5: rules that read the TT numbers as written and the criteria of the targets part fire on
/// an uploaded Word file, not only on JSON that carries those fields; a zero target counts as measurable.</summary>
public class WordImportRulesTests
{
    private static PlanDocument ImportDocx(string path)
    {
        using var stream = File.OpenRead(path);
        var result = PlanImporter.Import(stream, Path.GetFileName(path));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Plan!;
    }

    [Fact]
    public void Targets_part_of_the_Word_file_is_compared_with_the_weak_criteria()
    {
        var findings = Plans.Check(ImportDocx(SharedPaths.Docx("004")));
        var f = FindingAssert.Has(findings, "weak-criterion-not-targeted", Sections.Header);
        Assert.Contains("1.10, 3.4, 5.1", f.Message);
    }

    [Fact]
    public void TT_numbers_read_from_a_Word_table_are_checked_for_gaps()
    {
        var docx = Path.Combine(Path.GetTempPath(), $"tt-{Guid.NewGuid():N}.docx");
        var rows = new[]
        {
            ("TT", "Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"),
            ("1", "Tiêu chí 1.4", "Đạt mức 2: 100% tổ chuyên môn", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"),
            ("2", "Tiêu chí 1.8", "Đạt mức 2: 100% lớp", "Kiểm tra nội bộ", "Phó hiệu trưởng", "Tháng 11/2024"),
            ("4", "Tiêu chí 3.4", "Đạt mức 2: 02 khu vệ sinh", "Sửa khu vệ sinh", "Hiệu trưởng", "Tháng 3/2025"),
        };
        File.WriteAllBytes(docx, SimpleDocx.Plan("Trường Tiểu học A", "2024-2025", rows.Select(r => new[] { r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6 })));
        try
        {
            var plan = ImportDocx(docx);
            Assert.Equal(["1", "2", "4"], plan.Items.Select(i => i.RowNumberAsWritten));
            var f = FindingAssert.Has(Plans.Check(plan), "table-numbering", Sections.Items, 2, "rowNumberAsWritten");
            Assert.Contains("từ 2 lên 4", f.Message);
        }
        finally { File.Delete(docx); }
    }

    [Fact]
    public void Prose_parts_of_a_Word_file_are_checked_for_numbering_results_year_and_other_level_wording()
    {
        var docx = Path.Combine(Path.GetTempPath(), $"prose-{Guid.NewGuid():N}.docx");
        string[] header = ["TT", "Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"];
        string[] row = ["1", "Tiêu chí 1.4", "Đạt mức 2: 100% tổ chuyên môn", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"];
        File.WriteAllBytes(docx, SimpleDocx.Plan("Trường Tiểu học A", "2024-2025", [header, row],
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng giáo dục.", "2. Xây dựng trường mầm non xanh, sạch, đẹp.", "4. Huy động các nguồn lực.",
            "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC NĂM HỌC 2024 - 2025", "1. Công tác chỉ đạo được triển khai đầy đủ.",
            "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"));
        try
        {
            var findings = Plans.Check(ImportDocx(docx));
            Assert.Contains("mục 4", FindingAssert.Has(findings, "item-numbering", Sections.Prose).Message);
            FindingAssert.Has(findings, "results-of-plan-year", Sections.Prose, field: "heading");
            FindingAssert.Has(findings, "other-level-wording", Sections.Prose);
        }
        finally { File.Delete(docx); }
    }

    [Fact]
    public void A_zero_target_is_measurable()
    {
        var plan = Plans.Fixture("000");
        var zero = plan with { Items = Plans.WithItem(plan, 0, i => i with { TargetResult = "Không có học sinh bỏ học giữa chừng" }) };
        Assert.DoesNotContain(Plans.Check(zero), f => f.Rule == "target-not-measurable" && f.Location.Item == 0);
        var vague = plan with { Items = Plans.WithItem(plan, 0, i => i with { TargetResult = "Học sinh chăm ngoan hơn" }) };
        FindingAssert.Has(Plans.Check(vague), "target-not-measurable", Sections.Items, 0);
    }
}

/// <summary>A minimal Word file: title paragraphs and one table whose first row is its header.</summary>
internal static class SimpleDocx
{
    public static byte[] Plan(string school, string year, IEnumerable<string[]> rows, params string[] prose)
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            static DocumentFormat.OpenXml.Wordprocessing.Paragraph P(string text) =>
                new(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
            var table = new DocumentFormat.OpenXml.Wordprocessing.Table();
            foreach (var row in rows)
                table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableRow(row.Select(c => new DocumentFormat.OpenXml.Wordprocessing.TableCell(P(c)))));
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.OpenXmlElement[] { P(school.ToUpperInvariant()), P("KẾ HOẠCH"), P($"Cải tiến chất lượng giáo dục năm học {year.Replace("-", " - ")}") }
                    .Concat(prose.Select(P)).Concat([table, P("")])));
        }
        return stream.ToArray();
    }
}
