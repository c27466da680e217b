using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Export;

/// <summary>How a summary column's values are written: text, a whole number, an amount in đồng (summed in the
/// totals row) or a percentage with one decimal.</summary>
public enum SummaryValue { Text, Integer, Money, Percent }

public sealed record SummaryColumn(string Header, double Width, SummaryValue Kind = SummaryValue.Text);

/// <summary>One table of a dashboard: its title, columns, rows (one value per column, null for an empty cell)
/// and what the totals row counts ("12 trường").</summary>
public sealed record SummarySheet(string Title, string SheetName, IReadOnlyList<SummaryColumn> Columns, IReadOnlyList<object?[]> Rows, string CountText);

/// <summary>A dashboard's table as an Excel sheet with the same title row, STT column and totals row as the plan.</summary>
public static class SummaryXlsxWriter
{
    public static void Write(SummarySheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var workbook = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = workbook.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var strings = new XlsxCells.SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
        var columns = sheet.Columns.Select((c, k) => new XlsxTable.Column(c.Header, c.Width, i => Cell(sheet.Rows[i][k], c.Kind))).ToList();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = XlsxTable.Sheet(sheet.Title, columns, sheet.Rows.Count, sheet.CountText, strings);
        workbookPart.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheet.SheetName });
        strings.Save();
    }

    private static Cell Cell(object? value, SummaryValue kind) => value switch
    {
        null => XlsxCells.EmptyCell(),
        _ when kind == SummaryValue.Money => XlsxCells.NumberCell(Convert.ToDouble(value, CultureInfo.InvariantCulture), XlsxStyles.Money),
        _ when kind == SummaryValue.Integer => XlsxCells.NumberCell(Convert.ToDouble(value, CultureInfo.InvariantCulture), XlsxStyles.Integer),
        _ when kind == SummaryValue.Percent => XlsxCells.TextCell(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%"),
        _ => XlsxCells.TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
