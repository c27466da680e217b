using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Finds the plan table by its header words: the table whose header row maps the most columns to plan
/// fields, plus the tables that continue it (after a page or section break, same grid width).</summary>
internal static class PlanTableLocator
{
    private const int MinimumMappedColumns = 3;
    private const int HeaderSearchRows = 25;

    /// <summary>The plan table: its segments (the first holds the header), and for each segment the grouping
    /// headings written as paragraphs just before it ("MỨC 2", "Tiêu chuẩn 3: …").</summary>
    public sealed record Located(IReadOnlyList<SourceTable> Segments, int HeaderRow, int HeaderRowCount, IReadOnlyList<ColumnMapping> Columns)
    {
        public IReadOnlyList<IReadOnlyList<string>> HeadingsBefore { get; init; } = [];
    }

    public static Located? Find(SourceDocument document, ImportVocabulary vocabulary)
    {
        var tables = document.Blocks.OfType<SourceTable>().ToList();
        Located? best = null;
        var bestScore = 0;
        foreach (var table in tables)
        {
            // The header is the row naming the most fields; a title row above it or a row of short data below it
            // may name a few as well.
            var scores = table.Rows.Take(HeaderSearchRows).Select(r => DistinctFields(r, vocabulary)).ToList();
            if (scores.Count == 0) continue;
            var score = scores.Max();
            if (score < MinimumMappedColumns || score <= bestScore) continue;
            var row = scores.IndexOf(score);
            var headerRows = HasSubHeader(table, row, vocabulary) ? 2 : 1;
            bestScore = score;
            best = new Located([table], row, headerRows, MapColumns(table, row, headerRows, vocabulary));
        }
        if (best is null) return null;
        var fields = FieldSet(best.Columns.Select(c => c.Field));
        var (segments, headings) = WithContinuations(document, best.Segments[0], fields, vocabulary);
        return best with { Segments = segments, HeadingsBefore = headings };
    }

    /// <summary>A table whose first row looks like a header but whose words are not known (for the error message).</summary>
    public static (SourceTable Table, List<string> Headers)? UnknownHeaderTable(SourceDocument document)
    {
        foreach (var table in document.Blocks.OfType<SourceTable>())
        {
            if (table.Rows.Count < 2 || table.ColumnCount < 3) continue;
            var first = table.Rows[0].Cells.Where(c => !c.IsSpanned && !c.IsBlank).Select(c => c.Text!).ToList();
            if (first.Count >= 3) return (table, first);
        }
        return null;
    }

    private static int DistinctFields(SourceRow row, ImportVocabulary vocabulary) =>
        row.Cells.Where(c => !c.IsSpanned && !c.IsBlank && !c.IsMergedFromAbove && c.Text!.Length <= 120)
            .Select(c => vocabulary.FieldForHeader(c.Text))
            .Where(f => f is not null and not "sequence")
            .Distinct().Count();

    /// <summary>A second header row: cells merged from the first, plus short labels such as "Bắt đầu"/"Kết thúc".</summary>
    private static bool HasSubHeader(SourceTable table, int headerRow, ImportVocabulary vocabulary)
    {
        if (headerRow + 1 >= table.Rows.Count) return false;
        var next = table.Rows[headerRow + 1];
        var merged = next.Cells.Count(c => c.IsMergedFromAbove);
        var own = next.Cells.Where(c => !c.IsMergedFromAbove && !c.IsSpanned && !c.IsBlank).Select(c => c.Text!).ToList();
        // One cell across the table is a grouping row ("Tiêu chuẩn 1", "MỨC 2"), not labels under the header.
        if (own.Count < 2) return false;
        var labels = own.All(t => t.Length <= 40 && vocabulary.FieldForHeader(t) is not null);
        return labels && (merged > 0 || own.Count < next.Cells.Count / 2);
    }

    private static List<ColumnMapping> MapColumns(SourceTable table, int headerRow, int headerRows, ImportVocabulary vocabulary)
    {
        var top = table.Rows[headerRow].Cells;
        var sub = headerRows > 1 ? table.Rows[headerRow + 1].Cells : null;
        var columns = new List<ColumnMapping>();
        string? spanningText = null;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var topCell = c < top.Count ? top[c] : SourceCell.Empty;
            var parent = topCell.IsSpanned ? spanningText : topCell.Text;
            if (!topCell.IsSpanned) spanningText = topCell.Text;
            var child = sub is not null && c < sub.Count && !sub[c].IsMergedFromAbove && !sub[c].IsSpanned ? sub[c].Text : null;
            var header = VietnameseText.JoinLines(new[] { parent ?? "", child is not null && child != parent ? child : "" });
            var field = (child is not null ? vocabulary.FieldForHeader(child) : null) ?? vocabulary.FieldForHeader(parent);
            columns.Add(new ColumnMapping(c, header, field));
        }
        return columns;
    }

    /// <summary>Tables after the plan table continue it when they have the same grid width and either follow with
    /// only blank lines or grouping headings in between (a page break) or repeat the same header.</summary>
    private static (List<SourceTable>, List<IReadOnlyList<string>>) WithContinuations(SourceDocument document, SourceTable first,
        HashSet<string> fields, ImportVocabulary vocabulary)
    {
        var segments = new List<SourceTable> { first };
        var headings = new List<IReadOnlyList<string>> { HeadingsAbove(document, first.Index) };
        var pending = new List<string>();
        var adjacent = true;
        for (var i = first.Index + 1; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block is SourceParagraph p)
            {
                if (string.IsNullOrWhiteSpace(p.Text)) continue;
                if (IsGroupingHeading(p.Text)) { pending.Add(p.Text); continue; }
                if (Sections.SectionHeadings.Classify(p.Text) is not null and not Sections.SectionKind.Content) break;
                adjacent = false;
                continue;
            }
            var table = (SourceTable)block;
            var sameHeader = table.Rows.Take(3).Any(r => FieldSet(r.Cells.Select(c => c.IsSpanned || c.IsBlank ? null : vocabulary.FieldForHeader(c.Text))).SetEquals(fields));
            if (table.ColumnCount != first.ColumnCount || !(adjacent || sameHeader)) break;
            segments.Add(table);
            headings.Add(pending.ToList());
            pending.Clear();
            adjacent = true;
        }
        return (segments, headings);
    }

    /// <summary>Grouping headings right above the first segment, e.g. "MỨC 1" written as a paragraph.</summary>
    private static List<string> HeadingsAbove(SourceDocument document, int tableIndex)
    {
        var found = new List<string>();
        for (var i = tableIndex - 1; i >= 0 && document.Blocks[i] is SourceParagraph p; i--)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            // Only level and standard headings: a list of criteria right above the table is a weak-criteria list.
            CriterionText.Level(p.Text, out var isLevel);
            if (p.Text.Length > 200 || !(isLevel || CriterionText.Standard(p.Text) is not null)) break;
            found.Insert(0, p.Text);
        }
        return found;
    }

    public static bool IsGroupingHeading(string text)
    {
        if (text.Length > 200) return false;
        CriterionText.Level(text, out var isLevel);
        return isLevel || CriterionText.Standard(text) is not null || (CriterionText.StartsWithCriterionWord(text) && text.Length <= 150);
    }

    private static HashSet<string> FieldSet(IEnumerable<string?> fields) =>
        fields.Where(f => f is not null and not "sequence").Select(f => f!).ToHashSet();
}
