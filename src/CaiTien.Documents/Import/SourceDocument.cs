namespace CaiTien.Documents.Import;

/// <summary>A document reduced to what the importer reads: paragraphs and tables in reading order, from a
/// DOCX body or an XLSX sheet alike.</summary>
internal sealed record SourceDocument(string FileName, IReadOnlyList<SourceBlock> Blocks);

internal abstract record SourceBlock(int Index);

/// <summary>One paragraph, its line breaks joined as the conventions say.</summary>
internal sealed record SourceParagraph(int Index, string Text) : SourceBlock(Index);

/// <summary>A table as a grid: every row has one entry per grid column.</summary>
internal sealed record SourceTable(int Index, int TableNumber, IReadOnlyList<SourceRow> Rows) : SourceBlock(Index)
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);
}

/// <summary>A table row; <paramref name="IsRepeatedHeader"/> is set for rows Word repeats on every page.</summary>
internal sealed record SourceRow(int RowNumber, IReadOnlyList<SourceCell> Cells, bool IsRepeatedHeader);

/// <summary>One grid position. A cell spanning several columns appears once with <see cref="Span"/> &gt; 1 and
/// then as <see cref="IsSpanned"/> filler cells; a vertically merged continuation carries its origin's text
/// with <see cref="IsMergedFromAbove"/>.</summary>
internal sealed record SourceCell(IReadOnlyList<string> Lines, int Span = 1, bool IsSpanned = false, bool IsMergedFromAbove = false)
{
    public static readonly SourceCell Empty = new([]);

    /// <summary>The filler cell for grid columns covered by a cell spanning from the left.</summary>
    public static readonly SourceCell Spanned = new([], 1, IsSpanned: true);

    /// <summary>Paragraphs a CaiTien letter marks with the field they print (a cell joining tasks and measures,
    /// the hidden typed time), in order; not part of <see cref="Lines"/>.</summary>
    public IReadOnlyList<(string Field, string Line)> FieldLines { get; init; } = [];

    private string? _text;
    private bool _joined;

    /// <summary>The cell's lines joined as the conventions say; null when blank. Computed once.</summary>
    public string? Text
    {
        get
        {
            if (!_joined) { _text = Phrases.VietnameseText.JoinOrNull(Lines) ?? (FieldLines.Count > 0 ? "" : null); _joined = true; }
            return _text;
        }
    }

    public bool IsBlank => Text is null;
}
