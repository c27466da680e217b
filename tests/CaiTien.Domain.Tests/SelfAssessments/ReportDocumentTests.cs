using CaiTien.Catalogs;
using CaiTien.Documents.Reports;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CaiTien.Domain.Tests.SelfAssessments;

/// <summary>The report structure comes from each framework file; bad or missing input still gives a document, with the
/// gaps marked and listed; the what-if board uses the level engine.</summary>
public class ReportDocumentTests
{
    public static TheoryData<string> Frameworks => new() { "tt17-2018", "tt18-2018", "tt19-2018", "tt57-2026-general", "tt57-2026-preschool", "tt57-2026-continuing" };

    private static Framework Get(string id) => FrameworkRegistry.Default.Get(id);

    private static (string Text, byte[] Docx) Write(SelfAssessmentReport report, List<string> warnings)
    {
        var document = ReportComposer.Compose(report, warnings);
        using var docx = new MemoryStream();
        ReportComposer.WriteDocx(document, docx);
        using var pdf = new MemoryStream();
        ReportComposer.WritePdf(document, pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.ToArray(), 0, 5));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx.ToArray()), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        return (word.MainDocumentPart!.Document!.Body!.InnerText, docx.ToArray());
    }

    private static SelfAssessmentReport Empty(Framework framework, Func<Criterion, string?>? description = null, IReadOnlyList<string>? codes = null) =>
        new(framework.Report!, new ReportCover(null, "", "2024-2025", framework.Circular, null, null),
            framework.Report!.Facts.Select(f => new ReportFact(f.Label, null)).ToList(), null, null,
            new ReportSummary("Chưa đạt Mức 1", []),
            framework.Standards.Select(s => new ReportStandard(s.Number, s.Title, "Chưa đánh giá", null, null,
                s.Criteria.Select(c => new ReportCriterion(c.Code, c.Title, [], description?.Invoke(c), null, "Còn thiếu.", [], codes ?? [], "Chưa đánh giá", false)).ToList())).ToList(),
            []);

    [Fact]
    public void Each_regime_declares_its_report_parts_as_data()
    {
        string[] tt17 = ["cover", "contents", "summary", "facts", "heading", "text", "standards", "text", "heading", "criterionSheets", "evidenceList"];
        Assert.Equal(tt17, Get("tt17-2018").Report!.Parts.Select(p => p.Kind));
        Assert.Equal(["Phần I. CƠ SỞ DỮ LIỆU", "Phần II. TỰ ĐÁNH GIÁ", "A. ĐẶT VẤN ĐỀ", "Phần III. KẾT LUẬN CHUNG", "Phần IV. PHỤ LỤC"],
            Get("tt18-2018").Report!.Parts.Where(p => p.Kind is "facts" or "heading" or "text").Select(p => p.Title));
        var tt57 = Get("tt57-2026-general").Report!;
        var titles = tt57.Parts.Select(p => p.Title).ToList();
        Assert.True(new[] { "I. TỔNG QUAN", "II. TỰ ĐÁNH GIÁ", "III. KẾT LUẬN", "IV. PHỤ LỤC" }.Select(t => titles.IndexOf(t)).SequenceEqual(new[] { 2, 5, 6, 7 }),
            string.Join(" | ", titles));
        Assert.Equal(["opening", "criteria", "strengths", "weaknesses", "plan", "closing"], tt57.Parts.Single(p => p.Kind == "standards").Items!.Select(i => i.Kind));
        Assert.Equal("(MC.1.1.01)", tt57.Cite("MC.1.1.01"));
        Assert.Equal("[H1-1.1-01]", Get("tt17-2018").Report!.Cite("[H1-1.1-01]"));
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void A_report_with_nothing_written_still_builds_with_gaps_marked_and_listed(string id)
    {
        var framework = Get(id);
        var warnings = new List<string>();
        var (text, _) = Write(Empty(framework), warnings);
        Assert.Contains("[Chưa viết mô tả hiện trạng]", text);
        Assert.Contains("[Chưa nhập]", text);
        Assert.Contains("Kết quả: Chưa đánh giá.", text);
        Assert.DoesNotContain("Kết quả: Không đạt", text);
        Assert.Contains(warnings, w => w.StartsWith("Tiêu chí chưa đánh giá: Tiêu chí 1.1, ", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Chưa có mô tả hiện trạng: ", StringComparison.Ordinal));
        foreach (var criterion in framework.Criteria) Assert.Contains($"Tiêu chí {criterion.Code}: {criterion.Title}", text);
    }

    [Fact]
    public void A_three_hundred_page_report_builds()
    {
        var framework = Get("tt17-2018");
        var long_ = string.Join("\n", Enumerable.Repeat("Nhà trường đã xây dựng kế hoạch, tổ chức thực hiện và đánh giá kết quả theo từng học kỳ, có biên bản lưu trữ đầy đủ.", 240));
        var warnings = new List<string>();
        var (text, _) = Write(Empty(framework, _ => long_, ["[H1-1.1-01]", "bad code"]), warnings);
        // About 27 × 240 paragraphs of description: some 300 pages at 14 pt.
        Assert.True(text.Length > 27 * 240 * 100, $"text is {text.Length} characters");
        Assert.DoesNotContain(warnings, w => w.StartsWith("Chưa có mô tả hiện trạng", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_parts_in_the_data_are_skipped_with_a_warning()
    {
        var framework = Get("tt17-2018");
        var report = Empty(framework) with { Layout = framework.Report! with { Parts = [new ReportPart("nonsense", "X"), new ReportPart("text", "KẾT LUẬN", "conclusion")] } };
        var warnings = new List<string>();
        var (text, _) = Write(report, warnings);
        Assert.Contains("[Chưa viết phần “KẾT LUẬN”]", text);
        Assert.Contains("Cấu trúc báo cáo: phần “nonsense” không được hỗ trợ, bỏ qua.", warnings);
    }

    [Fact]
    public void What_if_uses_the_level_engine_and_lists_mandatory_TT57_criteria_first()
    {
        var framework = Get("tt57-2026-general");
        var mandatory = framework.Criteria.Where(c => c.Mandatory).Select(c => c.Code).ToList();
        var optional = framework.Criteria.Where(c => !c.Mandatory).Select(c => c.Code).ToList();
        // One mandatory and one optional criterion miss Mức 1: the school has no level; fixing the mandatory one gives Mức 1.
        var ratings = Ratings.UpToLevels(framework, c => c.Code == mandatory[3] || c.Code == optional[0] ? 0 : 1);
        var board = WhatIf.Compute(framework, ratings);
        Assert.Equal(0, board.Current.SchoolLevel);
        Assert.Equal([mandatory[3], optional[0]], board.Blocking.Select(c => c.Code));
        Assert.Equal(1, board.Scenarios.Single(s => s.Criterion == mandatory[3] && s.TargetLevel == 1).SchoolLevel);
        Assert.Equal(0, board.Scenarios.Single(s => s.Criterion == optional[0] && s.TargetLevel == 1).SchoolLevel);
        Assert.True(board.Scenarios.TakeWhile(s => framework.FindCriterion(s.Criterion)!.Mandatory).Count() >= mandatory.Count);

        var tt17 = Get("tt17-2018");
        var all2 = Ratings.UpToLevels(tt17, c => c.Code == "1.4" ? 1 : 2);
        Assert.Equal(1, LevelEngine.Evaluate(tt17, all2).SchoolLevel);
        Assert.Equal(2, WhatIf.SchoolLevelIf(tt17, all2, "1.4", 2));
    }
}
