using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Letters.Docx;

/// <summary>Writes a <see cref="LetterDocument"/> as a Word document: A4, Nghị định 30 margins, Times New Roman,
/// one Word section per letter section (landscape where asked), page numbers centered in the top margin from
/// page 2 on.</summary>
public static class DocxLetterRenderer
{
    private const int TableCellPaddingTwips = 70;

    public static void Render(LetterDocument document, Stream output, string? title = null)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        if (title is not null) word.PackageProperties.Title = title.Normalize(NormalizationForm.FormC);
        word.PackageProperties.Creator = "CaiTien";
        var main = word.AddMainDocumentPart();
        DocxStyles.Add(main);
        var numberedHeader = main.AddNewPart<HeaderPart>();
        numberedHeader.Header = DocxStyles.PageNumberHeader();
        var firstPageHeader = main.AddNewPart<HeaderPart>();
        firstPageHeader.Header = new Header(new Paragraph());

        var body = new Body();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var width = Twips(LetterStyle.TextWidthPt(section.Orientation));
            foreach (var block in section.Blocks) body.Append(RenderBlock(block, width, LetterStyle.BodySizePt));
            var properties = SectionProperties(section.Orientation, i == 0
                ? (main.GetIdOfPart(numberedHeader), main.GetIdOfPart(firstPageHeader))
                : null);
            if (i == document.Sections.Count - 1) body.Append(properties);
            else body.Append(SectionEndParagraph(properties));
        }
        main.Document = new W.Document(body);
    }

    public static int Twips(double points) => (int)Math.Round(points * 20);

    private static OpenXmlElement RenderBlock(Block block, int containerTwips, double inheritedSize) => block switch
    {
        ParagraphBlock p => RenderParagraph(p, inheritedSize),
        RuleBlock r => RenderRule(r, containerTwips),
        SpacerBlock s => new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = Twips(s.HeightPt).ToString(), LineRule = LineSpacingRuleValues.Exact })),
        TableBlock t => RenderTable(t, containerTwips),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block type."),
    };

    private static Paragraph RenderParagraph(ParagraphBlock p, double inheritedSize)
    {
        var properties = new ParagraphProperties();
        if (p.FieldKey is { } field) properties.Append(new ParagraphStyleId { Val = DocxStyles.FieldStyleId(field) });
        if (p.KeepWithNext) properties.Append(new KeepNext());
        properties.Append(new SpacingBetweenLines
        {
            Before = Twips(p.SpaceBeforePt).ToString(),
            After = Twips(p.SpaceAfterPt).ToString(),
            Line = ((int)Math.Round(240 * p.LineSpacing)).ToString(),
            LineRule = LineSpacingRuleValues.Auto,
        });
        if (p.FirstLineIndentPt > 0) properties.Append(new Indentation { FirstLine = Twips(p.FirstLineIndentPt).ToString() });
        properties.Append(new Justification { Val = p.Alignment switch
        {
            TextAlignment.Center => JustificationValues.Center,
            TextAlignment.Right => JustificationValues.Right,
            TextAlignment.Justify => JustificationValues.Both,
            _ => JustificationValues.Left,
        } });
        var paragraph = new Paragraph(properties);
        var size = p.SizePt > 0 ? p.SizePt : inheritedSize;
        foreach (var span in p.Spans) paragraph.Append(RenderRun(span, span.SizePt ?? size, p.Hidden));
        if (p.Hidden) properties.Append(new ParagraphMarkRunProperties(new Vanish()));
        return paragraph;
    }

    private static Run RenderRun(TextSpan span, double sizePt, bool hidden = false)
    {
        var properties = new RunProperties();
        if (hidden) properties.Append(new Vanish());
        if (span.Bold) properties.Append(new Bold());
        if (span.Italic) properties.Append(new Italic());
        var halfPoints = ((int)Math.Round(sizePt * 2)).ToString();
        properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        var run = new Run(properties);
        var lines = span.Text.Normalize(NormalizationForm.FormC).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>An empty paragraph whose bottom border, narrowed by equal indents, is the centered rule.</summary>
    private static Paragraph RenderRule(RuleBlock rule, int containerTwips)
    {
        var indent = Math.Max(0, (containerTwips - Twips(rule.WidthPt)) / 2).ToString();
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = Twips(rule.SpaceAfterPt).ToString(), Line = Twips(rule.SpaceBeforePt + 1).ToString(), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    private static Table RenderTable(TableBlock table, int widthTwips)
    {
        var padding = table.Borders ? TableCellPaddingTwips : 0;
        var total = table.RelativeWidths.Sum();
        var columns = table.RelativeWidths.Select(w => (int)Math.Floor(widthTwips * w / total)).ToArray();
        columns[^1] += widthTwips - columns.Sum();

        var properties = new TableProperties(new TableWidth { Width = widthTwips.ToString(), Type = TableWidthUnitValues.Dxa });
        if (table.Borders)
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }));
        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = (table.Borders ? 30 : 0).ToString(), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)padding, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = (table.Borders ? 30 : 0).ToString(), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)padding, Type = TableWidthValues.Dxa }));

        var result = new Table(properties, new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString() })));
        for (var rowIndex = 0; rowIndex < table.Rows.Count; rowIndex++)
        {
            var row = table.Rows[rowIndex];
            var rowProperties = new TableRowProperties();
            if (row.CantSplit) rowProperties.Append(new CantSplit());
            if (row.IsHeader) rowProperties.Append(new TableHeader());
            var tableRow = new W.TableRow(rowProperties);
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var span = Math.Max(1, Math.Min(cell.ColumnSpan, columns.Length - column));
                var cellWidth = columns.Skip(column).Take(span).Sum();
                column += span;
                var cellProperties = new TableCellProperties(new TableCellWidth { Width = cellWidth.ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1) cellProperties.Append(new GridSpan { Val = span });
                if (cell.MergeWithAbove) cellProperties.Append(new VerticalMerge());
                else if (MergesBelow(table, rowIndex, column - span)) cellProperties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (cell.VerticallyCentered) cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var tableCell = new W.TableCell(cellProperties);
                var content = cell.MergeWithAbove ? [] : cell.Content;
                foreach (var block in content)
                {
                    var element = RenderBlock(block, cellWidth - 2 * padding, table.SizePt);
                    if (row.KeepWithNext && element is Paragraph paragraph) KeepWithNext(paragraph);
                    tableCell.Append(element);
                }
                if (content.Count == 0 || content[^1] is TableBlock) tableCell.Append(new Paragraph());
                tableRow.Append(tableCell);
            }
            result.Append(tableRow);
        }
        return result;
    }

    /// <summary>Whether the cell of the next row that starts at the same grid column continues this one.</summary>
    private static bool MergesBelow(TableBlock table, int index, int gridColumn)
    {
        if (index + 1 >= table.Rows.Count) return false;
        var column = 0;
        foreach (var below in table.Rows[index + 1].Cells)
        {
            if (column == gridColumn) return below.MergeWithAbove;
            column += Math.Max(1, below.ColumnSpan);
        }
        return false;
    }

    private static void KeepWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (properties.KeepNext is null) properties.KeepNext = new KeepNext();
    }

    private static SectionProperties SectionProperties(PageOrientation orientation, (string Default, string First)? headers)
    {
        var properties = new SectionProperties();
        if (headers is { } ids)
            properties.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = ids.Default },
                new HeaderReference { Type = HeaderFooterValues.First, Id = ids.First });
        var width = (uint)Twips(LetterStyle.PageWidthPt(orientation));
        var height = (uint)Twips(LetterStyle.PageHeightPt(orientation));
        var pageSize = new PageSize { Width = width, Height = height };
        if (orientation == PageOrientation.Landscape) pageSize.Orient = PageOrientationValues.Landscape;
        properties.Append(pageSize, new PageMargin
        {
            Top = Twips(LetterStyle.MarginTopMm * LetterStyle.PointsPerMm),
            Bottom = Twips(LetterStyle.MarginBottomMm * LetterStyle.PointsPerMm),
            Left = (uint)Twips(LetterStyle.MarginLeftMm * LetterStyle.PointsPerMm),
            Right = (uint)Twips(LetterStyle.MarginRightMm * LetterStyle.PointsPerMm),
            Header = (uint)Twips(LetterStyle.HeaderDistanceMm * LetterStyle.PointsPerMm),
            Footer = (uint)Twips(LetterStyle.HeaderDistanceMm * LetterStyle.PointsPerMm),
            Gutter = 0,
        });
        if (headers is not null) properties.Append(new TitlePage());
        return properties;
    }

    /// <summary>The tiny paragraph that closes a section and carries its properties.</summary>
    private static Paragraph SectionEndParagraph(SectionProperties properties) => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" }),
        properties));
}
