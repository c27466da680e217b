using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Finds the plan table by its header words: the table whose header row maps the most columns to plan
/// fields, plus the tables that continue it (after a page or section break, same grid width).</summary>
internal static class PlanTableLocator
{
    private const int MinimumMappedColumns = 3;
    private const int HeaderSearchRows = 12;

    public sealed record Located(IReadOnlyList<SourceTable> Segments, int HeaderRow, int HeaderRowCount, IReadOnlyList<ColumnMapping> Columns);

    public static Located? Find(SourceDocument document, ImportVocabulary vocabulary)
    {
        var tables = document.Blocks.OfType<SourceTable>().ToList();
        Located? best = null;
        var bestScore = 0;
        foreach (var table in tables)
        {
            for (var r = 0; r < Math.Min(HeaderSearchRows, table.Rows.Count); r++)
            {
                var score = DistinctFields(table.Rows[r], vocabulary);
                if (score < MinimumMappedColumns || score <= bestScore) continue;
                var headerRows = HasSubHeader(table, r, vocabulary) ? 2 : 1;
                var columns = MapColumns(table, r, headerRows, vocabulary);
                bestScore = score;
                best = new Located([table], r, headerRows, columns);
                break;
            }
        }
        if (best is null) return null;
        return best with { Segments = WithContinuations(document, best.Segments[0]) };
    }

    /// <summary>True when some table has a header-like first row but too few known words (for the message).</summary>
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
        row.Cells.Where(c => !c.IsSpanned && !c.IsBlank && c.Text!.Length <= 120)
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
        if (own.Count == 0) return false;
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

    /// <summary>Tables that follow the plan table with only blank paragraphs or page breaks between them and have
    /// the same number of grid columns continue it.</summary>
    private static List<SourceTable> WithContinuations(SourceDocument document, SourceTable first)
    {
        var segments = new List<SourceTable> { first };
        for (var i = first.Index + 1; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block is SourceParagraph p && string.IsNullOrWhiteSpace(p.Text)) continue;
            if (block is SourceTable t && t.ColumnCount == first.ColumnCount) { segments.Add(t); continue; }
            break;
        }
        return segments;
    }
}
