namespace CaiTien.Documents.Letters;

/// <summary>A format-neutral document: sections of blocks that the DOCX and PDF renderers both draw, so the
/// Word file and the PDF carry the same content and layout decisions.</summary>
public sealed record LetterDocument(IReadOnlyList<LetterSection> Sections);

public enum PageOrientation { Portrait, Landscape }

/// <summary>A run of pages with one orientation. Each section starts on a new page.</summary>
public sealed record LetterSection(PageOrientation Orientation, IReadOnlyList<Block> Blocks);

public abstract record Block;

public enum TextAlignment { Left, Center, Right, Justify }

public sealed record TextSpan(string Text, bool Bold = false, bool Italic = false, double? SizePt = null);

public sealed record ParagraphBlock(IReadOnlyList<TextSpan> Spans) : Block
{
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;
    public double FirstLineIndentPt { get; init; }
    public double SpaceBeforePt { get; init; }
    public double SpaceAfterPt { get; init; }

    /// <summary>Line spacing as a multiple of single spacing.</summary>
    public double LineSpacing { get; init; } = 1.0;

    public bool KeepWithNext { get; init; }

    /// <summary>Font size for spans that do not set their own.</summary>
    public double SizePt { get; init; } = LetterStyle.BodySizePt;

    /// <summary>The plan field this paragraph prints, when a table cell joins several fields: Word gets a paragraph
    /// style named for the field so an import can split the cell again (it looks like the table text).</summary>
    public string? FieldKey { get; init; }

    /// <summary>Kept in the Word file as hidden text (for the import), never drawn.</summary>
    public bool Hidden { get; init; }

    public ParagraphBlock(string text, bool bold = false, bool italic = false) : this([new TextSpan(text, bold, italic)]) { }

    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>A short horizontal rule, centered in its container, as Nghị định 30 draws under the issuer name,
/// the motto and the document summary.</summary>
public sealed record RuleBlock(double WidthPt) : Block
{
    /// <summary>Keeps the rule clear of the descenders of the line above it.</summary>
    public double SpaceBeforePt { get; init; } = 3;

    public double SpaceAfterPt { get; init; } = 2;
}

/// <summary>Vertical blank space (the room left for a signature and stamp).</summary>
public sealed record SpacerBlock(double HeightPt) : Block;

public sealed record TableBlock(IReadOnlyList<double> RelativeWidths, IReadOnlyList<TableRow> Rows) : Block
{
    public bool Borders { get; init; } = true;

    /// <summary>Default font size of the table's paragraphs.</summary>
    public double SizePt { get; init; } = LetterStyle.TableSizePt;

    public int HeaderRowCount => Rows.TakeWhile(r => r.IsHeader).Count();
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>Repeated at the top of every page the table runs onto.</summary>
    public bool IsHeader { get; init; }

    /// <summary>Kept on one page when it fits on a page.</summary>
    public bool CantSplit { get; init; } = true;

    /// <summary>Kept on the same page as the next row (grouping rows).</summary>
    public bool KeepWithNext { get; init; }
}

public sealed record TableCell(IReadOnlyList<Block> Content)
{
    public int ColumnSpan { get; init; } = 1;
    public bool VerticallyCentered { get; init; }

    /// <summary>Continues the cell above (vertical merge). Its content is shown only where the merged cell
    /// continues at the top of a new page (PDF), so each page says which criterion its rows belong to.</summary>
    public bool MergeWithAbove { get; init; }
}
