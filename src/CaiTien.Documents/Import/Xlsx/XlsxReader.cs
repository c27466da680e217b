using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Import.Xlsx;

/// <summary>Reduces each worksheet to one grid table; merged ranges become spans (across) and merged-from-above
/// cells (down), like Word's gridSpan and vMerge.</summary>
internal static partial class XlsxReader
{
    private const int MaxColumns = 64;
    private const int MaxRows = 20_000;
    private const int MaxMergedCells = 5_000;

    public static SourceDocument Read(Stream content, string fileName) => PackageErrors.Guard(() => ReadPackage(content, fileName));

    private static SourceDocument ReadPackage(Stream content, string fileName)
    {
        using var doc = SpreadsheetDocument.Open(content, false);
        var workbook = doc.WorkbookPart ?? throw new ImportException("Tệp Excel không có bảng tính (thiếu xl/workbook.xml).");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        var blocks = new List<SourceBlock>();
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [];
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
            blocks.Add(new SourceTable(blocks.Count, blocks.Count + 1, ReadSheet(part, shared, dateStyles)));
        }
        return new SourceDocument(fileName, blocks);
    }

    private static List<SourceRow> ReadSheet(WorksheetPart part, List<string> shared, HashSet<uint> dateStyles)
    {
        var values = new Dictionary<(int Row, int Col), string>();
        var maxRow = 0;
        var maxCol = 0;
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is not { } reference || Parse(reference) is not { } at) continue;
                if (at.Row > MaxRows || at.Col > MaxColumns) continue;
                var text = CellText(cell, shared, dateStyles);
                if (string.IsNullOrWhiteSpace(text)) continue;
                values[at] = text;
                maxRow = Math.Max(maxRow, at.Row);
                maxCol = Math.Max(maxCol, at.Col);
            }
        var merges = new List<(int R1, int C1, int R2, int C2)>();
        foreach (var merge in part.Worksheet?.Descendants<MergeCell>() ?? [])
        {
            var refs = merge.Reference?.Value?.Split(':');
            if (refs is not { Length: 2 } || Parse(refs[0]) is not { } a || Parse(refs[1]) is not { } b) continue;
            merges.Add((Math.Min(a.Row, b.Row), Math.Min(a.Col, b.Col), Math.Min(Math.Max(a.Row, b.Row), MaxRows), Math.Min(Math.Max(a.Col, b.Col), MaxColumns)));
            maxCol = Math.Max(maxCol, Math.Min(Math.Max(a.Col, b.Col), MaxColumns));
        }

        var grid = new SourceCell?[maxRow + 1, maxCol + 1];
        foreach (var (r1, c1, r2, c2) in merges)
        {
            // A merged block far larger than any table cell (a page-wide background) carries no plan text.
            if (r2 > maxRow || (long)(r2 - r1 + 1) * (c2 - c1 + 1) > MaxMergedCells) continue;
            var lines = values.TryGetValue((r1, c1), out var t) ? Lines(t) : [];
            var origin = new SourceCell(lines, c2 - c1 + 1);
            for (var r = r1; r <= r2; r++)
                for (var c = c1; c <= c2; c++)
                    grid[r, c] = c == c1 ? (r == r1 ? origin : origin with { IsMergedFromAbove = true }) : SourceCell.Spanned;
        }
        var rows = new List<SourceRow>();
        for (var r = 1; r <= maxRow; r++)
        {
            var cells = new List<SourceCell>();
            for (var c = 1; c <= maxCol; c++)
                cells.Add(grid[r, c] ?? (values.TryGetValue((r, c), out var t) ? new SourceCell(Lines(t)) : SourceCell.Empty));
            rows.Add(new SourceRow(r, cells, false));
        }
        return rows;
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();

    private static string? CellText(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : null;
        // A number shown as a date ("Bắt đầu" columns) is written as the date the user sees.
        if (cell.DataType is null && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var serial)
            && serial is >= 1 and < 2958466)
            return DateTime.FromOADate(serial).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return raw;
    }

    /// <summary>Indexes of cell formats that show dates: built-in formats 14–22 or a custom code with d/m/y.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is null) return result;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var isDate = id is >= 14 and <= 22
                || (custom.TryGetValue(id, out var code) && DateCode().IsMatch(Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "")));
            if (isDate) result.Add(index);
            index++;
        }
        return result;
    }

    [GeneratedRegex(@"[dD].*[mM]|[mM].*[yY]|[yY].*[mM]")]
    private static partial Regex DateCode();

    private static (int Row, int Col)? Parse(string reference)
    {
        var m = ReferencePattern().Match(reference);
        if (!m.Success) return null;
        var col = 0;
        foreach (var ch in m.Groups[1].Value) col = col * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return int.TryParse(m.Groups[2].Value, out var row) && row > 0 ? (row, col) : null;
    }

    [GeneratedRegex(@"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")]
    private static partial Regex ReferencePattern();
}
