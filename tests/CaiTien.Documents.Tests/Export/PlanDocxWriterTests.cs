using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Tests.Export;

public class PlanDocxWriterTests
{
    private static (byte[] Bytes, IReadOnlyList<string> Warnings) Write(PlanDocument plan, DocumentOptions? options = null)
    {
        using var stream = new MemoryStream();
        var warnings = PlanDocxWriter.Write(plan, stream, options);
        return (stream.ToArray(), warnings);
    }

    private static void AssertValid(byte[] bytes)
    {
        using var reader = new DocxTestReader(bytes);
        var errors = new OpenXmlValidator().Validate(reader.Document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Fixture_passes_the_OpenXml_validator(string id)
    {
        var (bytes, _) = Write(TestPlans.Load(id));
        File.WriteAllBytes(SharedPaths.Artifacts($"plan-{id}.docx"), bytes);
        AssertValid(bytes);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Pages_are_A4_with_decree_margins_portrait_then_a_landscape_table_section(string id)
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load(id)).Bytes);
        Assert.True(reader.Sections.Count >= 2);
        foreach (var (properties, _) in reader.Sections)
        {
            var size = properties.GetFirstChild<PageSize>()!;
            var landscape = size.Orient?.Value == PageOrientationValues.Landscape;
            Assert.Equal(landscape ? 16838u : 11906u, size.Width!.Value, 1u);
            Assert.Equal(landscape ? 11906u : 16838u, size.Height!.Value, 1u);
            var margin = properties.GetFirstChild<PageMargin>()!;
            Assert.Equal(1134, margin.Top!.Value);
            Assert.Equal(1134, margin.Bottom!.Value);
            Assert.Equal(1701u, margin.Left!.Value);
            Assert.Equal(850u, margin.Right!.Value);
        }
        Assert.Null(reader.Sections[0].Properties.GetFirstChild<PageSize>()!.Orient);
        var tableSections = reader.Sections.Where(s => s.Elements.OfType<Table>().Any(t => t.Descendants<TableHeader>().Any())).ToList();
        var planSection = Assert.Single(tableSections);
        Assert.Equal(PageOrientationValues.Landscape, planSection.Properties.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void Fonts_are_Times_New_Roman_black_and_body_text_is_13_to_14_pt()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("000")).Bytes);
        var defaults = reader.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("000000", defaults.Color!.Val!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.Empty(reader.Body.Descendants<RunFonts>());
        Assert.Empty(reader.Body.Descendants<Color>());

        var bodyParagraphs = reader.Body.Elements<Paragraph>().Where(p => DocxTestReader.Text(p).StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bodyParagraphs);
        foreach (var paragraph in bodyParagraphs)
        {
            Assert.Equal(JustificationValues.Both, paragraph.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal("567", paragraph.ParagraphProperties.Indentation!.FirstLine!.Value);
            foreach (var size in paragraph.Descendants<FontSize>()) Assert.InRange(int.Parse(size.Val!.Value!), 26, 28);
        }
    }

    [Fact]
    public void Header_block_is_a_borderless_two_column_table_with_number_motto_and_date()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("000")).Bytes);
        var header = Assert.IsType<Table>(reader.Body.ChildElements.First());
        Assert.Null(header.GetFirstChild<TableProperties>()!.TableBorders);
        Assert.Equal(2, header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var cells = header.Descendants<TableCell>().Select(DocxTestReader.Text).ToList();
        Assert.Contains("UBND HUYỆN DẦU TIẾNGTRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC", cells);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", cells);
        Assert.Contains("Số: 56/KH-THĐP", cells);
        Assert.Contains("Định Hiệp, ngày 23 tháng 9 năm 2024", cells);

        var school = header.Descendants<Run>().Single(r => r.InnerText == "TRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC");
        Assert.NotNull(school.RunProperties!.Bold);
        var date = header.Descendants<Run>().Single(r => r.InnerText.StartsWith("Định Hiệp", StringComparison.Ordinal));
        Assert.NotNull(date.RunProperties!.Italic);
        Assert.Equal(2, header.Descendants<ParagraphBorders>().Count());

        var title = reader.Body.Elements<Paragraph>().First(p => DocxTestReader.Text(p) == "KẾ HOẠCH");
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(title.Descendants<Bold>().FirstOrDefault());
    }

    [Fact]
    public void Page_numbers_are_in_the_header_and_hidden_on_the_first_page()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("000")).Bytes);
        var first = reader.Sections[0].Properties;
        Assert.NotNull(first.GetFirstChild<TitlePage>());
        var main = reader.Document.MainDocumentPart!;
        var references = first.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => (HeaderPart)main.GetPartById(r.Id!));
        Assert.Contains("PAGE", references[HeaderFooterValues.Default].Header!.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Empty(references[HeaderFooterValues.First].Header!.Descendants<SimpleField>());
        foreach (var later in reader.Sections.Skip(1)) Assert.Null(later.Properties.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Plan_table_repeats_its_header_row_keeps_rows_whole_and_groups_by_level_and_standard()
    {
        var options = new DocumentOptions { StandardTitles = new Dictionary<int, string> { [1] = "Tổ chức và quản lý nhà trường" } };
        using var reader = new DocxTestReader(Write(TestPlans.Load("002"), options).Bytes);
        var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        var texts = rows.Select(DocxTestReader.Text).ToList();
        Assert.Equal("MỨC 1", texts[1]);
        Assert.Equal("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", texts[2]);
        Assert.Contains("MỨC 2", texts);
        Assert.Equal(2, texts.Count(t => t == "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"));
        var levelRow = rows[1].Elements<TableCell>().Single();
        Assert.Equal(12, levelRow.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(1 + 2 + 5 + 9, rows.Count); // header, two levels, five standard groups, nine items
    }

    [Fact]
    public void Rows_that_fit_on_a_page_are_kept_whole_and_taller_ones_may_break()
    {
        using (var reader = new DocxTestReader(Write(TestPlans.Load("000")).Bytes))
        {
            var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
            Assert.All(table.Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        }
        using (var reader = new DocxTestReader(Write(TestPlans.Large(3, 5000)).Bytes))
        {
            var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
            var itemRows = table.Elements<TableRow>().Where(r => DocxTestReader.Text(r).Length > 5000).ToList();
            Assert.Equal(3, itemRows.Count);
            Assert.All(itemRows, r => Assert.Null(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        }
    }

    [Fact]
    public void Consecutive_rows_of_one_criterion_share_a_merged_criterion_cell()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("004")).Bytes);
        var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        var firstCells = table.Elements<TableRow>().Skip(2).Select(r => r.Elements<TableCell>().ElementAt(1)).ToList(); // after the STT column
        var merges = firstCells.Select(c => c.TableCellProperties!.VerticalMerge).ToList();
        var texts = firstCells.Select(DocxTestReader.Text).ToList();
        // 004: 1.2, 1.5, 1.5, 1.7, 1.8, 1.8, 1.9, 1.10
        Assert.Equal(MergedCellValues.Restart, merges[1]!.Val!.Value);
        Assert.Null(merges[2]!.Val);
        Assert.Equal("", texts[2]);
        Assert.Equal(MergedCellValues.Restart, merges[4]!.Val!.Value);
        Assert.Null(merges[5]!.Val);
        Assert.Null(merges[0]);
        Assert.Null(merges[3]);
        Assert.StartsWith("Tiêu chí 1.5", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_heading_as_written_wins_over_the_framework_title()
    {
        var plan = TestPlans.Load("000");
        plan = plan with { Items = [plan.Items[0] with { StandardHeadingAsWritten = "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường (theo trường)" }] };
        using var reader = new DocxTestReader(Write(plan, new DocumentOptions { StandardTitles = new Dictionary<int, string> { [1] = "Khác" } }).Bytes);
        var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        Assert.Equal("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường (theo trường)", DocxTestReader.Text(table.Elements<TableRow>().ElementAt(1)));
    }

    [Fact]
    public void Recipients_and_signer_follow_the_decree()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("000")).Bytes);
        var label = reader.Body.Descendants<Run>().Single(r => r.InnerText == "Nơi nhận:");
        Assert.NotNull(label.RunProperties!.Bold);
        Assert.NotNull(label.RunProperties.Italic);
        Assert.Equal("24", label.RunProperties.FontSize!.Val!.Value);
        var recipients = reader.Body.Descendants<Run>().Where(r => r.InnerText.StartsWith("- ", StringComparison.Ordinal) && r.RunProperties!.FontSize!.Val == "22")
            .Select(r => r.InnerText).ToList();
        Assert.Equal(["- Phòng Giáo dục và Đào tạo huyện Dầu Tiếng;", "- Công khai (niêm yết, website);", "- Lưu: VT THĐP."], recipients);
        var title = reader.Body.Descendants<Run>().Single(r => r.InnerText == "HIỆU TRƯỞNG");
        Assert.NotNull(title.RunProperties!.Bold);
        Assert.NotNull(reader.Body.Descendants<Run>().Single(r => r.InnerText == "Đỗ Văn Hênh").RunProperties!.Bold);
    }

    [Fact]
    public void Missing_number_date_place_signer_and_recipients_become_visible_blanks_with_warnings()
    {
        var (bytes, warnings) = Write(TestPlans.WithBlankHeader("000"));
        AssertValid(bytes);
        Assert.Contains(warnings, w => w.Contains("số văn bản", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("ngày ban hành", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("người ký", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("nơi nhận", StringComparison.Ordinal));
        using var reader = new DocxTestReader(bytes);
        var text = DocxTestReader.Text(reader.Body);
        Assert.Contains("Số: …/KH-…", text);
        Assert.Contains("ngày … tháng … năm …", text);
        Assert.Contains("- Lưu: VT.", text);
    }

    [Fact]
    public void Fixture_004_without_number_or_date_gets_blanks_and_warnings()
    {
        var (bytes, warnings) = Write(TestPlans.Load("004"));
        Assert.Contains(warnings, w => w.Contains("số văn bản", StringComparison.Ordinal));
        using var reader = new DocxTestReader(bytes);
        Assert.Contains("Số: …/KH-…", DocxTestReader.Text(reader.Body));
    }

    [Fact]
    public void Two_hundred_rows_of_5000_character_cells_still_make_a_valid_document()
    {
        var (bytes, _) = Write(TestPlans.Large(200, 5000));
        AssertValid(bytes);
        using var reader = new DocxTestReader(bytes);
        var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        Assert.True(table.Elements<TableRow>().Count() > 200);
    }

    [Fact]
    public void Chosen_column_set_gives_the_table_headers()
    {
        using var reader = new DocxTestReader(Write(TestPlans.Load("000"), new DocumentOptions { ColumnSet = TestPlans.Bieu2 }).Bytes);
        var table = reader.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        var headers = table.Elements<TableRow>().First().Elements<TableCell>().Select(DocxTestReader.Text).ToList();
        Assert.Equal(TestPlans.Bieu2.Columns.Select(c => c.Header), headers);
    }
}
