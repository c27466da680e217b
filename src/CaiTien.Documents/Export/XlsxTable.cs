using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Export;

/// <summary>A sheet as schools print their tables: a title row across the table, the header row (frozen,
/// filterable), rows numbered in an STT column, and a totals row (how many rows, and a SUM of each money column
/// with its value cached, so viewers that do not calculate show it too).</summary>
internal static class XlsxTable
{
    public const uint TitleRow = 1;
    public const uint HeaderRow = 2;

    /// <summary>A column: its header, width in characters and the cell of body row i (0-based).</summary>
    public sealed record Column(string Header, double Width, Func<int, Cell> Value);

    public static Worksheet Sheet(string title, IReadOnlyList<Column> body, int rowCount, string countText, XlsxCells.SharedStrings strings)
    {
        List<Column> columns = [new("STT", 6, i => XlsxCells.NumberCell(i + 1, XlsxStyles.Integer)), .. body];
        var data = new SheetData();
        var lastColumn = XlsxCells.ColumnName(columns.Count - 1);
        var titleRow = new Row { RowIndex = TitleRow };
        titleRow.Append(XlsxCells.Place(XlsxCells.TextCell(title, XlsxStyles.Header), 0, TitleRow, strings));
        data.Append(titleRow);
        var header = new Row { RowIndex = HeaderRow };
        for (var c = 0; c < columns.Count; c++)
            header.Append(XlsxCells.Place(XlsxCells.TextCell(columns[c].Header, XlsxStyles.Header), c, HeaderRow, strings));
        data.Append(header);
        for (var i = 0; i < rowCount; i++)
        {
            var rowIndex = HeaderRow + 1 + (uint)i;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < columns.Count; c++) row.Append(XlsxCells.Place(columns[c].Value(i), c, rowIndex, strings));
            data.Append(row);
        }
        var lastDataRow = HeaderRow + (uint)rowCount;
        data.Append(TotalsRow(columns, rowCount, countText, lastDataRow, strings));
        var sheetColumns = new Columns(columns.Select((c, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(c.Width, 1), CustomWidth = true }));
        var firstBody = $"A{HeaderRow + 1}";
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = firstBody, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstBody, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstBody } })
        { WorkbookViewId = 0 });
        var filter = new AutoFilter { Reference = $"A{HeaderRow}:{lastColumn}{Math.Max(HeaderRow, lastDataRow)}" };
        var merged = new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" }) { Count = 1 };
        return new Worksheet(frozen, sheetColumns, data, filter, merged);
    }

    private static Row TotalsRow(List<Column> columns, int rowCount, string countText, uint lastDataRow, XlsxCells.SharedStrings strings)
    {
        var rowIndex = lastDataRow + 1;
        var row = new Row { RowIndex = rowIndex };
        row.Append(XlsxCells.Place(XlsxCells.TextCell("Tổng cộng", XlsxStyles.Header), 0, rowIndex, strings));
        if (columns.Count > 1) row.Append(XlsxCells.Place(XlsxCells.TextCell(countText, XlsxStyles.Header), 1, rowIndex, strings));
        for (var c = 2; c < columns.Count; c++)
        {
            var money = Enumerable.Range(0, rowCount).Select(columns[c].Value)
                .Where(x => x.StyleIndex?.Value == XlsxStyles.Money && x.CellValue is not null).ToList();
            if (money.Count == 0) continue;
            var column = XlsxCells.ColumnName(c);
            var sum = money.Sum(x => double.Parse(x.CellValue!.Text, CultureInfo.InvariantCulture));
            row.Append(new Cell
            {
                CellReference = $"{column}{rowIndex}",
                CellFormula = new CellFormula($"SUM({column}{HeaderRow + 1}:{column}{lastDataRow})"),
                CellValue = new CellValue(sum.ToString(CultureInfo.InvariantCulture)),
                StyleIndex = XlsxStyles.Money,
            });
        }
        return row;
    }
}
