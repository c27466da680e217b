using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Tests.Accounts;

/// <summary>Builds a staff-list .xlsx the way Excel saves one, including formula cells when asked.</summary>
public static class StaffWorkbook
{
    public static readonly string[] Header = ["Họ và tên", "Chức vụ", "Tổ", "Email", "Điện thoại"];

    /// <param name="formulas">Cell reference → formula text (without "="), with a cached value shown like Excel does.</param>
    public static byte[] Build(IEnumerable<string?[]> rows, IReadOnlyDictionary<string, string>? formulas = null)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var r = 1u;
            foreach (var values in new[] { Header }.Concat(rows))
            {
                var row = new Row { RowIndex = r };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    if (formulas?.TryGetValue(reference, out var formula) == true)
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.String, CellFormula = new CellFormula(formula), CellValue = new CellValue(values[c] ?? "") });
                    else if (values[c] is { } text)
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }
                data.Append(row);
                r++;
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Can bo" }));
        }
        return stream.ToArray();
    }

    /// <summary>Twenty staff of a primary school; the first is "Lê Thị Lan", leader of tổ 1, who has no email.</summary>
    public static List<string?[]> TwentyStaff()
    {
        var list = new List<string?[]> { new[] { "Lê Thị Lan", "Tổ trưởng tổ 1", "Tổ 1", null, "0912 345 678" } };
        string[] family = ["Nguyễn", "Trần", "Phạm", "Hoàng", "Võ"];
        string[] given = ["Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Hùng"];
        for (var i = 1; i < 20; i++)
        {
            var name = $"{family[i % 5]} {given[(i / 5) % 5]} {(char)('A' + i)}";
            list.Add([name, "Giáo viên", $"Tổ {i % 5 + 1}", i % 2 == 0 ? $"gv{i}@truong.test" : null, $"09{i:D8}"]);
        }
        return list;
    }
}
