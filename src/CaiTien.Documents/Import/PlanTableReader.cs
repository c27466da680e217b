using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Import;

/// <summary>The rows of a plan table pasted or uploaded on their own: what the editor's paste calls with the
/// clipboard (HTML from Word, tab-separated text from Excel). Rows go through the same reader as a whole Word or
/// Excel plan (header synonyms, merged cells, grouping rows, rows continued after a page break, time and money
/// phrases, funding bodies).</summary>
public static class PlanTableReader
{
    /// <summary>Reads <paramref name="content"/> (clipboard HTML or TSV, told apart by a &lt;table&gt; tag). When the
    /// fragment has no header row, <paramref name="columnFields"/> names the field of each column in order (null
    /// for a column to skip), as the editor's own columns are; <paramref name="schoolYear"/> ("2024-2025") places
    /// months written without a year.</summary>
    public static TableFragmentResult Read(string content, string? schoolYear = null, IReadOnlyList<string?>? columnFields = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = TableFragment.LooksLikeHtml(content) ? TableFragment.FromHtml(content) : TableFragment.FromTsv(content);
        const string name = "bảng dán";
        if (rows.Count == 0) return TableFragmentResult.Failed("Không có dòng nào trong nội dung dán.");
        var vocabulary = ImportVocabulary.Default;
        var table = new SourceTable(0, 1, rows);
        PlanTableLocator.Located? located;
        if (columnFields is { Count: > 0 })
        {
            var bad = columnFields.FirstOrDefault(f => f is not null && !ImportOverrides.Fields.Contains(f));
            if (bad is not null) return TableFragmentResult.Failed($"\"{bad}\" không phải trường của kế hoạch.");
            // The editor's columns stand in for a header row the fragment does not have.
            var header = new SourceRow(0, table.Rows[0].Cells.Select(_ => SourceCell.Empty).ToList(), false);
            table = new SourceTable(0, 1, [header, .. rows]);
            var columns = Enumerable.Range(0, table.ColumnCount).Select(i => new ColumnMapping(i, "", i < columnFields.Count ? columnFields[i] : null)).ToList();
            located = new PlanTableLocator.Located([table], 0, 1, columns);
        }
        else
        {
            located = PlanTableLocator.Find(new SourceDocument(name, [table]), vocabulary);
            if (located is null)
                return TableFragmentResult.Failed("Không nhận ra tiêu đề cột của bảng dán. Hãy chép cả dòng tiêu đề (Tiêu chí, Kết quả cần đạt, Công việc/giải pháp, Chủ trì, Thời gian…) hoặc dán vào đúng cột.");
        }
        var reader = new PlanRowReader(name, vocabulary, ImportOverrides.None);
        reader.Read(located, located.Columns);
        var warnings = new List<ImportMessage>(reader.Warnings);
        var items = reader.Items.Select(d => ItemFactory.Build(d, schoolYear, located.Columns, new Dictionary<string, string>(), name, warnings)).ToList();
        return new TableFragmentResult(items, located.Columns, warnings, reader.Errors, reader.Items.Select((d, i) => new ItemSource(i, d.Table, d.SourceRowIndex, d.Rows)).ToList());
    }
}

/// <summary>Plan rows read from a pasted table, how its columns were mapped, and messages in Vietnamese.</summary>
public sealed record TableFragmentResult(IReadOnlyList<PlanItem> Items, IReadOnlyList<ColumnMapping> Columns,
    IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors, IReadOnlyList<ItemSource> Sources)
{
    public bool Ok => Errors.Count == 0 && Items.Count > 0;

    internal static TableFragmentResult Failed(string message) =>
        new([], [], [], [new ImportMessage(message, new SourceLocation("bảng dán"))], []);
}
