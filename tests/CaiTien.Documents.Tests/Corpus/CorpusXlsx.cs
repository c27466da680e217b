using CaiTien.Documents.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>Writes a plan as a school's Excel sheet: the school and title rows above, the plan table with merged
/// cells (spans and vertical merges), multi-line cells with line feeds; a split table continues below a blank row.</summary>
public static class CorpusXlsx
{
    public static byte[] Write(PlanDocument plan, TableLayout layout)
    {
        var rows = new List<List<(string Text, int Span, bool MergeDown)>>();
        var merges = new List<string>();
        if (plan.School.GoverningBody is { } g) rows.Add([(g.ToUpperInvariant(), 1, false)]);
        rows.Add([(plan.School.Name.ToUpperInvariant(), 1, false)]);
        rows.Add([(plan.Title ?? $"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC {plan.SchoolYear}", layout.Fields.Count, false)]);
        rows.Add([]);
        var segments = GridTableBuilder.Build(plan, layout);
        var mergeStarts = new Dictionary<int, int>();
        foreach (var segment in segments)
        {
            if (rows.Count > 4 && segments.IndexOf(segment) > 0) rows.Add([]);
            foreach (var row in segment)
            {
                var cells = new List<(string, int, bool)>();
                var r = rows.Count + 1;
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    if (cell.MergeStart) mergeStarts[c] = r;
                    if (!cell.MergeContinue && !cell.MergeStart && mergeStarts.Remove(c, out var from) && r - 1 > from)
                        merges.Add($"{Col(c)}{from}:{Col(c)}{r - 1}");
                    cells.Add((cell.MergeContinue ? "" : cell.Text.Replace(" - ", "\n- "), cell.Span, false));
                    if (cell.Span > 1) merges.Add($"{Col(c)}{r}:{Col(c + cell.Span - 1)}{r}");
                }
                rows.Add(cells);
            }
            foreach (var (c, from) in mergeStarts) if (rows.Count > from) merges.Add($"{Col(c)}{from}:{Col(c)}{rows.Count}");
            mergeStarts.Clear();
        }
        return Package(rows, merges);
    }

    private static string Col(int c) => ((char)('A' + c)).ToString();

    private static byte[] Package(List<List<(string Text, int Span, bool MergeDown)>> rows, List<string> merges)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                    if (rows[r][c].Text.Length > 0)
                        row.Append(new Cell { CellReference = $"{Col(c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c].Text)) });
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Kế hoạch" }));
        }
        return stream.ToArray();
    }
}
