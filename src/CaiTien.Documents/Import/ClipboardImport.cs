using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Import;

/// <summary>Rows copied from a Word table (HTML on the clipboard) or an Excel range (tab-separated text), read by
/// the same table reader as an imported file. A block without its header row is read with the headers of the
/// plan's own table, given by the caller; a leading column of row numbers is recognised as "TT".</summary>
public static partial class ClipboardImport
{
    public const int MaxChars = 2_000_000;

    public static ImportResult Read(string? html, string? text, IReadOnlyList<string> headersWhenMissing, CriterionTitleLookup? criterionByTitle = null)
    {
        const string name = "khối dòng đã dán";
        if ((html?.Length ?? 0) > MaxChars || (text?.Length ?? 0) > MaxChars)
            return ImportResult.Failed(name, "Khối dán quá lớn; hãy dán từng phần (mỗi lần vài trăm dòng).");
        var grid = (html is not null ? FromHtml(html) : null) is { Count: > 0 } fromHtml ? fromHtml : FromTabs(text ?? "");
        grid = grid.Where(r => r.Any(c => c.Lines.Count > 0 && !c.IsSpanned)).ToList();
        if (grid.Count == 0) return ImportResult.Failed(name, "Khối dán không có dòng nào của bảng.");
        var width = grid.Max(r => r.Count);
        var rows = grid.Select((cells, i) => new SourceRow(i, Pad(cells, width), false)).ToList();
        var vocabulary = ImportVocabulary.Default;
        var document = new SourceDocument(name, [new SourceTable(0, 1, rows)]);
        if (PlanTableLocator.Find(document, vocabulary) is null)
        {
            var numbered = rows.All(r => r.Cells[0].IsBlank || Number().IsMatch(r.Cells[0].Text!));
            var headers = (numbered ? ["TT", .. headersWhenMissing] : headersWhenMissing.ToList()).Take(width).ToList();
            while (headers.Count < width) headers.Add("Ghi chú");
            var header = new SourceRow(0, headers.Select(h => new SourceCell([h])).ToList(), false);
            document = new SourceDocument(name, [new SourceTable(0, 1, [header, .. rows.Select(r => r with { RowNumber = r.RowNumber + 1 })])]);
        }
        return new PlanAssembler(vocabulary).Assemble(document, ImportOverrides.None, criterionByTitle);
    }

    private static List<SourceCell> Pad(List<SourceCell> cells, int width)
    {
        var padded = new List<SourceCell>(cells);
        while (padded.Count < width) padded.Add(SourceCell.Empty);
        return padded;
    }

    /// <summary>Excel puts a cell holding a line break, tab or quote in quotes with quotes doubled.</summary>
    internal static List<List<SourceCell>> FromTabs(string text)
    {
        var rows = new List<List<SourceCell>>();
        var row = new List<SourceCell>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == '\t') { row.Add(Cell(cell.ToString())); cell.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(Cell(cell.ToString())); cell.Clear();
                rows.Add(row); row = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(Cell(cell.ToString())); rows.Add(row); }
        return rows;
    }

    private static SourceCell Cell(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? SourceCell.Empty : new SourceCell(lines);
    }

    /// <summary>The first table of clipboard HTML (Word writes one table per copied block) as a grid: paragraphs
    /// and line breaks become lines, colspan and rowspan become spanned and merged-from-above cells.</summary>
    internal static List<List<SourceCell>>? FromHtml(string html)
    {
        var rows = new List<List<SourceCell>>();
        var pendingDown = new Dictionary<int, (SourceCell Cell, int Left)>();
        List<SourceCell>? row = null;
        StringBuilder? cell = null;
        int colspan = 1, rowspan = 1, depth = 0, tables = 0;
        var position = 0;
        html = Comments().Replace(html, "");
        foreach (Match m in Tag().Matches(html))
        {
            if (cell is not null && depth == 1) cell.Append(Spaces().Replace(html[position..m.Index], " "));
            position = m.Index + m.Length;
            var closing = m.Groups[1].Value == "/";
            var tag = m.Groups[2].Value.ToLowerInvariant();
            if (tag == "table")
            {
                if (!closing && ++depth == 1) tables++;
                else if (closing && --depth == 0) break;
                continue;
            }
            if (depth != 1 || tables != 1) continue;
            switch (tag)
            {
                case "tr" when !closing:
                    row = [];
                    FillDown(row, pendingDown);
                    break;
                case "tr":
                    if (row is not null) { FillDown(row, pendingDown, rest: true); rows.Add(row); }
                    row = null;
                    break;
                case "td" or "th" when !closing && row is not null:
                    cell = new StringBuilder();
                    colspan = Attribute(m.Groups[3].Value, "colspan");
                    rowspan = Attribute(m.Groups[3].Value, "rowspan");
                    break;
                case "td" or "th" when cell is not null && row is not null:
                    var done = Cell(WebUtility.HtmlDecode(cell.ToString()).Replace('\u00a0', ' '));
                    done = done with { Span = colspan };
                    if (rowspan > 1) pendingDown[row.Count] = (done with { IsMergedFromAbove = true, Span = 1 }, rowspan - 1);
                    row.Add(done);
                    for (var k = 1; k < colspan; k++) row.Add(SourceCell.Spanned);
                    FillDown(row, pendingDown);
                    cell = null;
                    break;
                case "p" or "div" or "li" when cell is not null:
                    if (closing) cell.Append('\n');
                    break;
                case "br" when cell is not null:
                    cell.Append('\n');
                    break;
            }
        }
        return tables == 0 ? null : rows;
    }

    private static void FillDown(List<SourceCell> row, Dictionary<int, (SourceCell Cell, int Left)> pending, bool rest = false)
    {
        while (pending.TryGetValue(row.Count, out var p) || (rest && pending.Keys.Any(k => k > row.Count)))
        {
            if (!pending.ContainsKey(row.Count)) { row.Add(SourceCell.Empty); continue; }
            row.Add(p.Cell);
            if (p.Left <= 1) pending.Remove(row.Count - 1); else pending[row.Count - 1] = (p.Cell, p.Left - 1);
        }
    }

    private static int Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, name + @"\s*=\s*[""']?(\d+)", RegexOptions.IgnoreCase);
        return m.Success && int.TryParse(m.Groups[1].Value, out var n) ? Math.Clamp(n, 1, 50) : 1;
    }

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9:]*)([^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<!--.*?-->|<!\[[^\]]*\]>", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex Number();
}
