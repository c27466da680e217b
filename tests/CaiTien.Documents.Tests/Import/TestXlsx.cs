using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Builds a one-sheet XLSX in memory: rows of cells (string, or a <see cref="DateTime"/> stored as a date
/// serial with a date format), plus merged ranges such as "A1:I1".</summary>
internal sealed class TestXlsx
{
    private readonly List<object?[]> _rows = [];
    private readonly List<string> _merges = [];

    public TestXlsx Row(params object?[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public TestXlsx Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < _rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < _rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (_rows[r][c])
                    {
                        case DateTime date:
                            row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                        case string text when text.Length > 0:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                            break;
                    }
                }
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (_merges.Count > 0) worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Kế hoạch" }));
        }
        return stream.ToArray();
    }
}
