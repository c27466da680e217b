using System.IO.Compression;
using System.Text;
using System.Xml;
using MiniExcelLibs;

namespace CaiTien.Schools;

/// <summary>The first sheet of an .xlsx file, or a CSV file, as rows of text cells with their 1-based line
/// numbers, plus the cells that hold a formula (a list to import must hold values, not formulas).</summary>
public sealed record SpreadsheetTable(IReadOnlyList<(int Line, string?[] Cells)> Rows, IReadOnlySet<(int Line, int Column)> Formulas)
{
    /// <summary>Reads at most <paramref name="maxRows"/> + 1 rows, so a too-long file is noticed without reading all of it.</summary>
    public static SpreadsheetTable Read(Stream file, string fileName, int maxRows)
    {
        using var buffer = new MemoryStream();
        file.CopyTo(buffer);
        buffer.Position = 0;
        return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(buffer, maxRows) : ReadXlsx(buffer, maxRows);
    }

    private static SpreadsheetTable ReadXlsx(MemoryStream buffer, int maxRows)
    {
        var formulas = new HashSet<(int, int)>();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName).FirstOrDefault()
                ?? throw new InvalidDataException("Tệp Excel không có trang tính nào.");
            using var reader = XmlReader.Create(sheet.Open());
            string? cell = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "c") cell = reader.GetAttribute("r");
                else if (reader.LocalName == "f" && cell is not null && Reference(cell) is { } at) formulas.Add(at);
            }
        }
        buffer.Position = 0;
        var rows = new List<(int, string?[])>();
        var line = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            line++;
            var cells = row.Values.Select(v => v switch
            {
                null => null,
                DateTime d => d.ToString("dd/MM/yyyy"),
                double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => v.ToString(),
            }).ToArray();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add((line, cells));
            if (rows.Count > maxRows + 1) break;
        }
        return new SpreadsheetTable(rows, formulas);
    }

    /// <summary>"C12" → (12, 3).</summary>
    private static (int, int)? Reference(string cell)
    {
        var column = 0;
        var i = 0;
        for (; i < cell.Length && char.IsLetter(cell[i]); i++) column = column * 26 + (char.ToUpperInvariant(cell[i]) - 'A' + 1);
        return int.TryParse(cell.AsSpan(i), out var line) ? (line, column) : null;
    }

    private static SpreadsheetTable ReadCsv(MemoryStream buffer, int maxRows)
    {
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = new[] { ';', '\t', ',' }.MaxBy(c => firstLine.Count(x => x == c));
        var rows = new List<(int, string?[])>();
        var formulas = new HashSet<(int, int)>();
        var cells = new List<string?>();
        var field = new StringBuilder();
        var (line, startLine, quoted) = (1, 1, false);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            if (c == '"' && field.Length == 0) quoted = true;
            else if (c == delimiter) { cells.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') continue;
            else if (c == '\n')
            {
                cells.Add(field.ToString());
                field.Clear();
                if (cells.Any(x => !string.IsNullOrWhiteSpace(x)))
                {
                    for (var col = 0; col < cells.Count; col++)
                        if (cells[col]!.TrimStart().StartsWith('=')) formulas.Add((startLine, col + 1));
                    rows.Add((startLine, cells.ToArray()));
                    if (rows.Count > maxRows + 1) break;
                }
                cells.Clear();
                line++;
                startLine = line;
            }
            else field.Append(c);
        }
        return new SpreadsheetTable(rows, formulas);
    }
}
