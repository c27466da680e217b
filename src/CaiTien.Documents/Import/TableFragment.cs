using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Import;

/// <summary>Reads a pasted table into the same grid the Word and Excel readers make: clipboard HTML from Word
/// (colspan and rowspan resolved, paragraphs and line breaks kept as lines) or tab-separated text from Excel
/// (quoted cells may hold line breaks).</summary>
internal static partial class TableFragment
{
    private const int MaxRows = 5_000;
    private const int MaxColumns = 64;

    public static bool LooksLikeHtml(string content) => TablePattern().IsMatch(content);

    public static List<SourceRow> FromHtml(string html)
    {
        var table = TablePattern().Match(html);
        var body = table.Success ? html[table.Index..] : html;
        var rows = new List<SourceRow>();
        var pending = new Dictionary<int, (SourceCell Cell, int RowsLeft)>();
        foreach (Match tr in RowPattern().Matches(body))
        {
            if (rows.Count >= MaxRows) break;
            var cells = new List<SourceCell>();
            void FillMerged()
            {
                while (pending.TryGetValue(cells.Count, out var p) && cells.Count < MaxColumns)
                {
                    cells.Add(p.Cell with { IsMergedFromAbove = true });
                    for (var s = 1; s < p.Cell.Span; s++) cells.Add(SourceCell.Spanned);
                    if (p.RowsLeft <= 1) pending.Remove(cells.Count - p.Cell.Span); else pending[cells.Count - p.Cell.Span] = (p.Cell, p.RowsLeft - 1);
                }
            }
            foreach (Match td in CellPattern().Matches(tr.Groups["body"].Value))
            {
                FillMerged();
                if (cells.Count >= MaxColumns) break;
                var attributes = td.Groups["attrs"].Value;
                var span = Math.Clamp(Attribute(attributes, "colspan") ?? 1, 1, MaxColumns - cells.Count);
                var down = Math.Clamp(Attribute(attributes, "rowspan") ?? 1, 1, MaxRows);
                var cell = new SourceCell(Lines(td.Groups["body"].Value), span);
                if (down > 1) pending[cells.Count] = (cell, down - 1);
                cells.Add(cell);
                for (var s = 1; s < span; s++) cells.Add(SourceCell.Spanned);
            }
            FillMerged();
            rows.Add(new SourceRow(rows.Count + 1, cells, false));
        }
        return rows;
    }

    public static List<SourceRow> FromTsv(string text)
    {
        var rows = new List<SourceRow>();
        var cells = new List<SourceCell>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        void EndField()
        {
            if (cells.Count < MaxColumns) cells.Add(new SourceCell(field.ToString().Replace("\r", "").Split('\n')));
            field.Clear();
            atFieldStart = true;
        }
        void EndRow()
        {
            EndField();
            if (cells.Any(c => !c.IsBlank) && rows.Count < MaxRows) rows.Add(new SourceRow(rows.Count + 1, cells, false));
            cells = [];
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            if (c == '"' && atFieldStart) { quoted = true; atFieldStart = false; continue; }
            atFieldStart = false;
            if (c == '\t') EndField();
            else if (c == '\n') EndRow();
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || cells.Count > 0) EndRow();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        return rows.Select(r => r with { Cells = [.. r.Cells, .. Enumerable.Repeat(SourceCell.Empty, width - r.Cells.Count)] }).ToList();
    }

    private static List<string> Lines(string cellHtml)
    {
        var text = BreakPattern().Replace(cellHtml, "\n");
        text = TagPattern().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return text.Replace("\r", "").Split('\n').Where(l => l.Trim().Length > 0).ToList();
    }

    private static int? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, name + @"\s*=\s*[""']?(\d{1,5})", RegexOptions.IgnoreCase);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<tr\b[^>]*>(?<body>.*?)</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<body>.*?)</t[dh]\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"<br\b[^>]*>|</p\s*>|</div\s*>|</li\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex(@"<!--.*?-->|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex TagPattern();
}
