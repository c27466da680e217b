using CaiTien.Documents.Phrases;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Import.Docx;

/// <summary>Reduces a DOCX body to paragraphs and grid tables (gridSpan and vMerge resolved).</summary>
internal static class DocxReader
{
    public static SourceDocument Read(Stream content, string fileName)
    {
        using var doc = WordprocessingDocument.Open(content, false);
        var body = doc.MainDocumentPart?.Document?.Body
            ?? throw new ImportException("Tệp Word không có nội dung văn bản (thiếu word/document.xml).");
        var blocks = new List<SourceBlock>();
        var tableNumber = 0;
        foreach (var element in FlattenBlocks(body))
        {
            switch (element)
            {
                case Paragraph p:
                    blocks.Add(new SourceParagraph(blocks.Count, VietnameseText.JoinLines(ParagraphLines(p))));
                    break;
                case Table t:
                    blocks.Add(new SourceTable(blocks.Count, ++tableNumber, ReadTable(t)));
                    break;
            }
        }
        return new SourceDocument(fileName, blocks);
    }

    /// <summary>Paragraphs and tables of the body in order, looking inside content controls.</summary>
    private static IEnumerable<OpenXmlElement> FlattenBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table) yield return child;
            else if (child is SdtBlock sdt && sdt.SdtContentBlock is { } content)
                foreach (var inner in FlattenBlocks(content)) yield return inner;
            else if (child is CustomXmlBlock custom)
                foreach (var inner in FlattenBlocks(custom)) yield return inner;
        }
    }

    /// <summary>The paragraph's text split at line breaks; tabs become spaces.</summary>
    internal static List<string> ParagraphLines(Paragraph paragraph)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: current.Append(t.Text); break;
                case TabChar or PositionalTab: current.Append(' '); break;
                case Break or CarriageReturn:
                    lines.Add(current.ToString());
                    current.Clear();
                    break;
                case NoBreakHyphen: current.Append('-'); break;
            }
        }
        lines.Add(current.ToString());
        return lines;
    }

    private static List<SourceRow> ReadTable(Table table)
    {
        var rows = new List<SourceRow>();
        var above = new Dictionary<int, SourceCell>();
        var rowNumber = 0;
        foreach (var tr in table.Elements<TableRow>())
        {
            rowNumber++;
            var cells = new List<SourceCell>();
            var props = tr.TableRowProperties;
            var gridBefore = props?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < gridBefore && i < 64; i++) cells.Add(SourceCell.Empty);
            foreach (var tc in tr.Elements<TableCell>())
            {
                var tcPr = tc.TableCellProperties;
                var span = Math.Clamp(tcPr?.GridSpan?.Val?.Value ?? 1, 1, 64);
                var merge = tcPr?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var column = cells.Count;
                SourceCell cell;
                if (continues && above.TryGetValue(column, out var origin))
                    cell = origin with { Span = span, IsSpanned = false, IsMergedFromAbove = true };
                else
                    cell = new SourceCell(CellLines(tc), span);
                cells.Add(cell);
                above[column] = cell with { IsMergedFromAbove = false };
                for (var s = 1; s < span; s++) cells.Add(new SourceCell([], 1, IsSpanned: true));
            }
            var repeated = props?.GetFirstChild<TableHeader>() is { } header && (header.Val is null || header.Val.Value == OnOffOnlyValues.On);
            rows.Add(new SourceRow(rowNumber, cells, repeated));
        }
        return rows;
    }

    private static List<string> CellLines(TableCell cell)
    {
        var lines = new List<string>();
        foreach (var element in cell.Descendants<Paragraph>())
            lines.AddRange(ParagraphLines(element));
        return lines;
    }
}
