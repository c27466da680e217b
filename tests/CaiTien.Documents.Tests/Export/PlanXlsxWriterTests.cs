using System.Globalization;
using CaiTien.Documents.Export;
using CaiTien.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CaiTien.Documents.Tests.Export;

public class PlanXlsxWriterTests
{
    private sealed class Book : IDisposable
    {
        private readonly MemoryStream _stream;

        public Book(byte[] bytes)
        {
            _stream = new MemoryStream(bytes);
            Document = SpreadsheetDocument.Open(_stream, false);
        }

        public SpreadsheetDocument Document { get; }
        public WorkbookPart Workbook => Document.WorkbookPart!;

        public Worksheet Sheet(int index) =>
            ((WorksheetPart)Workbook.GetPartById(Workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(index).Id!)).Worksheet;

        public string Text(Cell cell)
        {
            if (cell.DataType?.Value != CellValues.SharedString) return cell.CellValue?.Text ?? "";
            return Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        }

        public CellFormat Format(Cell cell) => Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

        public List<List<Cell>> Rows(int sheet) => Sheet(sheet).Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();

        public void Dispose()
        {
            Document.Dispose();
            _stream.Dispose();
        }
    }

    private static byte[] Write(params Interchange.PlanDocument[] plans)
    {
        using var stream = new MemoryStream();
        PlanXlsxWriter.Write(plans, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Fixture_workbook_is_valid_and_holds_one_row_per_item(string id)
    {
        var plan = TestPlans.Load(id);
        var bytes = Write(plan);
        File.WriteAllBytes(SharedPaths.Artifacts($"plan-{id}.xlsx"), bytes);
        using var book = new Book(bytes);
        var errors = new OpenXmlValidator().Validate(book.Document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var rows = book.Rows(0);
        Assert.Equal(plan.Items.Count + 3, rows.Count); // title, header, rows, totals
        Assert.All(rows[1], c => Assert.True(book.Format(c).Alignment!.WrapText!.Value));
        Assert.NotNull(book.Sheet(0).Descendants<Pane>().Single(p => p.State!.Value == PaneStateValues.Frozen));
        Assert.NotNull(book.Sheet(0).GetFirstChild<AutoFilter>());
        var allText = rows.SelectMany(r => r).Select(book.Text).ToList();
        foreach (var item in plan.Items)
            foreach (var value in new[] { item.Tasks, item.Measures, item.Lead, item.Evidence, item.Weakness, item.TargetResult }.Where(v => v is not null))
                Assert.Contains(allText, t => t.Contains(value!, StringComparison.Ordinal));
    }

    [Fact]
    public void Months_are_dates_and_amounts_are_numbers_with_thousands_format()
    {
        var plan = TestPlans.Load("000");
        using var book = new Book(Write(plan));
        var rows = book.Rows(0);
        var headers = rows[1].Select(book.Text).ToList();
        var start = headers.IndexOf("Thời gian bắt đầu");
        var money = headers.IndexOf("Kinh phí (đồng)");
        Assert.True(start >= 0 && money >= 0, string.Join(" | ", headers));

        var row15 = rows[2 + plan.Items.FindIndex(i => i.Criterion == "1.5")];
        var date = row15[start];
        Assert.Null(date.DataType);
        Assert.Equal(new DateTime(2024, 9, 1).ToOADate(), double.Parse(date.CellValue!.Text, CultureInfo.InvariantCulture));
        var dateFormat = book.Format(date).NumberFormatId!.Value;
        var code = book.Workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == dateFormat).FormatCode!.Value;
        Assert.Equal("mm/yyyy", code);

        var amount = row15[money];
        Assert.Equal(35_000_000, double.Parse(amount.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(3u, book.Format(amount).NumberFormatId!.Value);

        var row11 = rows[2 + plan.Items.FindIndex(i => i.Criterion == "1.1")];
        Assert.Equal("Sau mỗi hoạt động của Nhà trường", book.Text(row11[start]));
    }

    [Fact]
    public void Sheet_has_the_title_an_STT_column_and_a_totals_row_that_sums_the_budget()
    {
        var plan = TestPlans.Load("000");
        using var book = new Book(Write(plan));
        var rows = book.Rows(0);
        Assert.Equal("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024 - 2025 — Trường Tiểu học Định Phước", book.Text(rows[0][0]));
        Assert.Equal("A1:" + PlanXlsxWriter.ColumnName(rows[1].Count - 1) + "1", book.Sheet(0).Descendants<MergeCell>().Single().Reference!.Value);
        Assert.Equal("STT", book.Text(rows[1][0]));
        Assert.Equal(Enumerable.Range(1, plan.Items.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Skip(2).Take(plan.Items.Count).Select(r => book.Text(r[0])));
        var totals = rows[^1];
        Assert.Equal(("Tổng cộng", $"{plan.Items.Count} nội dung"), (book.Text(totals[0]), book.Text(totals[1])));
        var money = rows[1].Select(book.Text).ToList().IndexOf("Kinh phí (đồng)");
        var sum = totals.Single(c => c.CellReference!.Value!.StartsWith(PlanXlsxWriter.ColumnName(money), StringComparison.Ordinal) && c.CellFormula is not null);
        Assert.Equal($"SUM({PlanXlsxWriter.ColumnName(money)}3:{PlanXlsxWriter.ColumnName(money)}{plan.Items.Count + 2})", sum.CellFormula!.Text);
        Assert.Equal(plan.Items.Sum(i => i.BudgetVnd ?? 0), double.Parse(sum.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal($"A2:{PlanXlsxWriter.ColumnName(rows[1].Count - 1)}{plan.Items.Count + 2}", book.Sheet(0).GetFirstChild<AutoFilter>()!.Reference!.Value);
    }

    [Fact]
    public void Several_plans_give_one_sheet_each_with_unique_names()
    {
        using var book = new Book(Write(TestPlans.Load("000"), TestPlans.Load("002"), TestPlans.Load("004"), TestPlans.Load("004")));
        var names = book.Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("56-KH-THĐP", names[0]);
        Assert.All(names, n => Assert.True(n.Length <= 31));
    }

    [Fact]
    public void Large_plan_with_long_cells_makes_a_valid_workbook()
    {
        var plan = TestPlans.Large(200, 5000);
        using var book = new Book(Write(plan));
        Assert.Empty(new OpenXmlValidator().Validate(book.Document));
        Assert.Equal(203, book.Rows(0).Count);
    }
}
