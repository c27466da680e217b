using System.Diagnostics;
using System.Text;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Letters;
using CaiTien.Testing;
using UglyToad.PdfPig;

namespace CaiTien.Documents.Tests.Export;

public class PlanPdfWriterTests
{
    private static byte[] Write(PlanDocument plan, DocumentOptions? options = null)
    {
        using var stream = new MemoryStream();
        PlanPdfWriter.Write(plan, stream, options);
        return stream.ToArray();
    }

    private static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The document's text without whitespace, page numbers and repeated table header rows, so a cell
    /// continued on the next page reads as one piece.</summary>
    private static string ExtractText(byte[] pdf, IEnumerable<string> headerTexts)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        foreach (var page in document.GetPages())
        {
            var text = Squeeze(page.Text);
            var number = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (page.Number > 1)
            {
                Assert.EndsWith(number, text);
                text = text[..^number.Length];
            }
            pages.Add(text);
        }
        return string.Concat(pages).Replace(Squeeze(string.Concat(headerTexts)), "", StringComparison.Ordinal);
    }

    /// <summary>The text of each table column and of each pair of neighbouring columns (for cells spanning two),
    /// page after page: letters on landscape pages are sorted into columns by position and the repeated header
    /// of the column is removed, so a row continued on the next page reads as one piece per cell.</summary>
    private static List<(string Text, string[] Headers)> ExtractColumns(byte[] pdf, PlanDocument plan, ColumnSet set)
    {
        var widths = PlanTableBuilder.AdaptedWidths(plan, set.Columns, DocumentOptions.Default);
        var left = LetterStyle.MarginLeftMm * LetterStyle.PointsPerMm;
        var width = LetterStyle.TextWidthPt(PageOrientation.Landscape);
        var total = widths.Sum();
        var edges = new List<double> { left };
        foreach (var relative in widths) edges.Add(edges[^1] + width * relative / total);
        var ranges = Enumerable.Range(0, set.Columns.Count).Select(i => (From: i, To: i))
            .Concat(Enumerable.Range(0, set.Columns.Count - 1).Select(i => (From: i, To: i + 1))).ToList();
        var streams = ranges.Select(_ => new StringBuilder()).ToList();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages().Where(p => p.Width > p.Height))
        {
            var topMargin = page.Height - LetterStyle.MarginTopMm * LetterStyle.PointsPerMm;
            foreach (var letter in page.Letters)
            {
                if (letter.StartBaseLine.Y > topMargin) continue;
                var index = edges.FindIndex(e => e > letter.StartBaseLine.X) - 1;
                for (var r = 0; r < ranges.Count; r++)
                    if (index >= ranges[r].From && index <= ranges[r].To) streams[r].Append(letter.Value);
            }
        }
        return ranges.Select((range, r) =>
        {
            var headers = Enumerable.Range(range.From, range.To - range.From + 1).Select(c => Squeeze(set.Columns[c].Header)).ToArray();
            return (WithoutHeaders(Squeeze(streams[r].ToString()), headers), headers);
        }).ToList();
    }

    private static string WithoutHeaders(string text, string[] headers) =>
        headers.Aggregate(text, (t, h) => t.Replace(h, "", StringComparison.Ordinal));

    private static bool InSomeColumn(List<(string Text, string[] Headers)> columns, string cell) =>
        columns.Any(c => c.Text.Contains(WithoutHeaders(Squeeze(cell), c.Headers), StringComparison.Ordinal));

    private static IEnumerable<string> CellTexts(PlanItem item)
    {
        foreach (var (field, value) in PlanJson.TextFields(item))
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (field == "timeText" && (item.Start is not null || item.End is not null)) continue;
            yield return value;
        }
        yield return $"Tiêu chí {item.Criterion}";
        if (item.Start is not null) yield return PlanFields.MonthText(item.Start);
        if (item.End is not null) yield return PlanFields.MonthText(item.End);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Every_non_empty_cell_text_is_extractable_with_its_diacritics(string id)
    {
        var plan = TestPlans.Load(id);
        var pdf = Write(plan);
        File.WriteAllBytes(SharedPaths.Artifacts($"plan-{id}.pdf"), pdf);
        var text = ExtractText(pdf, ColumnSet.Regime2018.Columns.Select(c => c.Header));
        var columns = ExtractColumns(pdf, plan, ColumnSet.Regime2018);
        var missing = plan.Items.SelectMany(CellTexts)
            .Where(cell => !InSomeColumn(columns, cell)).ToList();
        Assert.True(missing.Count == 0, "Không tìm thấy trong PDF:\n" + string.Join("\n", missing));
        Assert.Contains(Squeeze("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        Assert.Contains(Squeeze("Độc lập - Tự do - Hạnh phúc"), text);
        Assert.Contains(Squeeze(plan.School.Name.ToUpperInvariant()), text);
        foreach (var purpose in plan.Purposes) Assert.Contains(Squeeze(purpose), text);
        foreach (var duty in plan.Organization.SelectMany(o => o.Duties)) Assert.Contains(Squeeze(duty), text);
    }

    [Fact]
    public void Pages_are_A4_with_a_landscape_table_embedded_fonts_and_numbers_from_page_two()
    {
        using var document = PdfDocument.Open(Write(TestPlans.Load("000")));
        var pages = document.GetPages().ToList();
        Assert.InRange(pages[0].Width, 595, 596);
        Assert.InRange(pages[0].Height, 841, 842);
        Assert.Contains(pages, p => p.Width > p.Height && Squeeze(p.Text).Contains(Squeeze("Công việc/giải pháp"), StringComparison.Ordinal));
        Assert.StartsWith(Squeeze("UBND HUYỆN DẦU TIẾNG"), Squeeze(pages[0].Text));
        Assert.False(char.IsDigit(Squeeze(pages[0].Text)[^1]));
        var fontNames = pages.SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fontNames, name => Assert.Matches("Liberation|DejaVu|Times", name));
        Assert.Contains(Squeeze("Số: 56/KH-THĐP"), Squeeze(pages[0].Text));
        Assert.Contains(Squeeze("Định Hiệp, ngày 23 tháng 9 năm 2024"), Squeeze(pages[0].Text));
    }

    [Fact]
    public void Header_row_is_repeated_on_every_table_page()
    {
        var plan = TestPlans.Large(40, 600);
        using var document = PdfDocument.Open(Write(plan));
        var header = Squeeze(string.Concat(ColumnSet.Regime2018.Columns.Select(c => c.Header)));
        var tablePages = document.GetPages().Where(p => p.Width > p.Height).ToList();
        Assert.True(tablePages.Count > 3);
        Assert.All(tablePages, p => Assert.Contains(header, Squeeze(p.Text)));
    }

    [Fact]
    public void Two_hundred_rows_of_5000_character_cells_still_make_a_readable_pdf()
    {
        var plan = TestPlans.Large(200, 5000);
        var pdf = Write(plan);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 200);
        var columns = ExtractColumns(pdf, plan, ColumnSet.Regime2018);
        Assert.True(InSomeColumn(columns, plan.Items[^1].Tasks!));
        Assert.True(InSomeColumn(columns, plan.Items[^1].Evidence!));
    }

    [Fact]
    public void Blank_header_plan_still_renders_with_visible_blanks()
    {
        using var stream = new MemoryStream();
        var warnings = PlanPdfWriter.Write(TestPlans.WithBlankHeader("002"), stream);
        Assert.NotEmpty(warnings);
        using var document = PdfDocument.Open(stream.ToArray());
        Assert.Contains(Squeeze("Số: …/KH-…"), Squeeze(document.GetPage(1).Text));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Pages_render_to_png_for_a_visual_check(string id)
    {
        var pdfPath = SharedPaths.Artifacts($"plan-{id}.pdf");
        File.WriteAllBytes(pdfPath, Write(TestPlans.Load(id)));
        var prefix = SharedPaths.Artifacts($"plan-{id}-page");
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, $"plan-{id}-page-*.png")) File.Delete(old);
        var start = new ProcessStartInfo("pdftoppm", ["-r", "60", "-png", pdfPath, prefix]) { RedirectStandardError = true };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("pdftoppm không có trên máy: cài gói Debian poppler-utils (apt-get install poppler-utils).");
        }
        process!.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        var pngs = Directory.GetFiles(Path.GetDirectoryName(prefix)!, $"plan-{id}-page-*.png");
        using var document = PdfDocument.Open(pdfPath);
        Assert.Equal(document.NumberOfPages, pngs.Length);
        Assert.All(pngs, png => Assert.True(new FileInfo(png).Length > 1000));
    }
}
