using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Import;

/// <summary>The one reader for plan rows that arrive without their document: a block copied from a Word table
/// (clipboard HTML) or an Excel range (tab-separated text), pasted into the editor or sent on its own. Rows go
/// through the same reader as a whole Word or Excel plan (header synonyms, merged cells, grouping rows, rows
/// continued after a page break, time and money phrases, funding bodies).</summary>
public static partial class PlanTableReader
{
    public const int MaxChars = 2_000_000;
    private const string Name = "khối dòng đã dán";

    /// <summary>Reads <paramref name="content"/> (clipboard HTML or TSV, told apart by a &lt;table&gt; tag). When the
    /// fragment has no header row, <paramref name="columnFields"/> names the field of each column in order (null
    /// for a column to skip); <paramref name="schoolYear"/> ("2024-2025") places months written without a year.</summary>
    public static TableFragmentResult Read(string content, string? schoolYear = null, IReadOnlyList<string?>? columnFields = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (columnFields?.FirstOrDefault(f => f is not null && !ImportOverrides.Fields.Contains(f)) is { } bad)
            return TableFragmentResult.Failed($"\"{bad}\" không phải trường của kế hoạch.");
        return Read(content, schoolYear, columnFields is { Count: > 0 } ? Columns.ByField(columnFields) : Columns.None, null);
    }

    /// <summary>What the editor's paste sends: Word's HTML when it holds a table, else Excel's text. A block without
    /// its header row is read with <paramref name="headersWhenMissing"/>, the printed headers of the plan's own table
    /// (a leading column of row numbers is taken as "TT"); <paramref name="codeOfTitle"/> names the criterion of a
    /// row that writes only the criterion's title.</summary>
    public static TableFragmentResult ReadClipboard(string? html, string? text, string? schoolYear, IReadOnlyList<string> headersWhenMissing,
        Func<string, string?>? codeOfTitle = null)
    {
        var content = html is not null && TableFragment.LooksLikeHtml(html) ? html : text ?? "";
        return Read(content, schoolYear, Columns.ByHeader(headersWhenMissing), codeOfTitle);
    }

    private static TableFragmentResult Read(string content, string? schoolYear, Columns whenNoHeader, Func<string, string?>? codeOfTitle)
    {
        if (content.Length > MaxChars) return TableFragmentResult.Failed("Khối dán quá lớn; hãy dán từng phần (mỗi lần vài trăm dòng).");
        var rows = (TableFragment.LooksLikeHtml(content) ? TableFragment.FromHtml(content) : TableFragment.FromTsv(content))
            .Where(r => r.Cells.Any(c => !c.IsBlank && !c.IsSpanned)).ToList();
        if (rows.Count == 0) return TableFragmentResult.Failed("Khối dán không có dòng nào của bảng.");
        var vocabulary = ImportVocabulary.Default;
        var located = PlanTableLocator.Find(new SourceDocument(Name, [new SourceTable(0, 1, rows)]), vocabulary) ?? whenNoHeader.Locate(rows, vocabulary);
        if (located is null)
            return TableFragmentResult.Failed("Không nhận ra tiêu đề cột của bảng dán. Hãy chép cả dòng tiêu đề (Tiêu chí, Kết quả cần đạt, Công việc/giải pháp, Chủ trì, Thời gian…) hoặc dán vào đúng cột.");
        var reader = new PlanRowReader(Name, vocabulary, ImportOverrides.None, codeOfTitle);
        reader.Read(located, located.Columns);
        var warnings = new List<ImportMessage>(reader.Warnings);
        var items = reader.Items.Select(d => ItemFactory.Build(d, schoolYear, located.Columns, new Dictionary<string, string>(), Name, warnings)).ToList();
        return new TableFragmentResult(items, located.Columns, warnings, reader.Errors, reader.Items.Select((d, i) => new ItemSource(i, d.Table, d.SourceRowIndex, d.Rows)).ToList());
    }

    /// <summary>How the columns of a block without a header row are known: by field, or by the printed headers of
    /// the plan's table put above the block as if the school had copied them too.</summary>
    private sealed record Columns(IReadOnlyList<string?>? Fields, IReadOnlyList<string>? Headers)
    {
        public static readonly Columns None = new(null, null);
        public static Columns ByField(IReadOnlyList<string?> fields) => new(fields, null);
        public static Columns ByHeader(IReadOnlyList<string> headers) => new(null, headers);

        public PlanTableLocator.Located? Locate(List<SourceRow> rows, ImportVocabulary vocabulary)
        {
            var width = rows.Max(r => r.Cells.Count);
            var body = rows.Select((r, i) => new SourceRow(i + 1, [.. r.Cells, .. Enumerable.Repeat(SourceCell.Empty, width - r.Cells.Count)], false)).ToList();
            if (Fields is not null)
            {
                var table = new SourceTable(0, 1, [new SourceRow(0, body[0].Cells.Select(_ => SourceCell.Empty).ToList(), false), .. body]);
                var columns = Enumerable.Range(0, width).Select(i => new ColumnMapping(i, "", i < Fields.Count ? Fields[i] : null)).ToList();
                return new PlanTableLocator.Located([table], 0, 1, columns);
            }
            if (Headers is null) return null;
            var numbered = body.All(r => r.Cells[0].IsBlank || RowNumber().IsMatch(r.Cells[0].Text!));
            var ownNumber = Headers.Count > 0 && Headers[0] is "TT" or "STT";
            var headers = (numbered && !ownNumber ? ["TT", .. Headers] : !numbered && ownNumber ? Headers.Skip(1).ToList() : Headers.ToList()).Take(width).ToList();
            while (headers.Count < width) headers.Add("Ghi chú");
            var header = new SourceRow(0, headers.Select(h => new SourceCell([h])).ToList(), false);
            return PlanTableLocator.Find(new SourceDocument(Name, [new SourceTable(0, 1, [header, .. body])]), vocabulary);
        }
    }

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex RowNumber();
}

/// <summary>Plan rows read from a pasted table, how its columns were mapped, and messages in Vietnamese.</summary>
public sealed record TableFragmentResult(IReadOnlyList<PlanItem> Items, IReadOnlyList<ColumnMapping> Columns,
    IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors, IReadOnlyList<ItemSource> Sources)
{
    public bool Ok => Errors.Count == 0 && Items.Count > 0;

    internal static TableFragmentResult Failed(string message) =>
        new([], [], [], [new ImportMessage(message, new SourceLocation("khối dòng đã dán"))], []);
}
