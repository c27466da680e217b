using System.Text;
using System.Xml;
using System.Xml.Linq;
using CaiTien.Documents.Phrases;
using DocumentFormat.OpenXml.Packaging;

namespace CaiTien.Documents.Import.Docx;

/// <summary>Reduces a DOCX body to paragraphs and grid tables (gridSpan and vMerge resolved). The package is
/// opened with the Open XML SDK; the body XML is read with LINQ to XML, which is several times faster than the
/// SDK's typed DOM for this read-only pass.</summary>
internal static class DocxReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Markup compatibility: an mc:Fallback repeats the content of its mc:Choice for older readers.</summary>
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const int MaxGridColumns = 64;

    public static SourceDocument Read(Stream content, string fileName)
    {
        var xml = PackageErrors.Guard(() =>
        {
            using var doc = WordprocessingDocument.Open(content, false);
            var part = doc.MainDocumentPart ?? throw new ImportException("Tệp Word không có nội dung văn bản (thiếu word/document.xml).");
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        });
        var body = xml.Root?.Element(W + "body") ?? throw new ImportException("Tệp Word không có phần thân văn bản (w:body).");
        var blocks = new List<SourceBlock>();
        var tableNumber = 0;
        foreach (var element in FlattenBlocks(body))
        {
            if (element.Name == W + "p")
                blocks.Add(new SourceParagraph(blocks.Count, VietnameseText.JoinLines(ParagraphLines(element))));
            else
                blocks.Add(new SourceTable(blocks.Count, ++tableNumber, ReadTable(element)));
        }
        return new SourceDocument(fileName, blocks);
    }

    /// <summary>Paragraphs and tables of the body in order, looking inside content controls and custom XML.</summary>
    private static IEnumerable<XElement> FlattenBlocks(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == W + "p" || child.Name == W + "tbl") yield return child;
            else if (child.Name == W + "sdt" || child.Name == W + "sdtContent" || child.Name == W + "customXml")
                foreach (var inner in FlattenBlocks(child.Name == W + "sdt" ? child.Element(W + "sdtContent") ?? child : child))
                    yield return inner;
        }
    }

    /// <summary>The paragraph's text split at line breaks; tabs become spaces; deleted text and field codes are skipped.</summary>
    private static List<string> ParagraphLines(XElement paragraph)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            var name = node.Name.LocalName;
            if (node.Name.Namespace != W || node.Ancestors(Mc + "Fallback").Any()) continue;
            switch (name)
            {
                case "t": current.Append(node.Value); break;
                case "tab" or "ptab": current.Append(' '); break;
                case "br" or "cr":
                    lines.Add(current.ToString());
                    current.Clear();
                    break;
                case "noBreakHyphen": current.Append('-'); break;
            }
        }
        lines.Add(current.ToString());
        return lines;
    }

    private static List<SourceRow> ReadTable(XElement table)
    {
        var rows = new List<SourceRow>();
        var above = new Dictionary<int, SourceCell>();
        var rowNumber = 0;
        foreach (var tr in table.Elements(W + "tr"))
        {
            rowNumber++;
            var cells = new List<SourceCell>();
            var trPr = tr.Element(W + "trPr");
            var gridBefore = Math.Clamp(IntVal(trPr?.Element(W + "gridBefore")) ?? 0, 0, MaxGridColumns);
            for (var i = 0; i < gridBefore; i++) cells.Add(SourceCell.Empty);
            foreach (var tc in tr.Elements(W + "tc"))
            {
                if (cells.Count >= MaxGridColumns) break;
                var tcPr = tc.Element(W + "tcPr");
                var span = Math.Clamp(IntVal(tcPr?.Element(W + "gridSpan")) ?? 1, 1, MaxGridColumns - cells.Count);
                var merge = tcPr?.Element(W + "vMerge");
                var continues = merge is not null && (string?)merge.Attribute(W + "val") is null or "continue";
                var column = cells.Count;
                var cell = continues && above.TryGetValue(column, out var origin)
                    ? origin with { Span = span, IsSpanned = false, IsMergedFromAbove = true }
                    : ReadCell(tc, span);
                cells.Add(cell);
                above[column] = cell with { IsMergedFromAbove = false };
                for (var s = 1; s < span; s++) cells.Add(SourceCell.Spanned);
            }
            var header = trPr?.Element(W + "tblHeader");
            var repeated = header is not null && (string?)header.Attribute(W + "val") is null or "1" or "true" or "on";
            rows.Add(new SourceRow(rowNumber, cells, repeated));
        }
        return rows;
    }

    /// <summary>A cell's lines; paragraphs in a CaiTien field style (a letter CaiTien wrote) go to their field.</summary>
    private static SourceCell ReadCell(XElement tc, int span)
    {
        var lines = new List<string>();
        List<(string, string)>? fieldLines = null;
        foreach (var p in tc.Descendants(W + "p"))
        {
            var style = (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
            if (style is not null && style.StartsWith(Letters.Docx.DocxStyles.FieldStylePrefix, StringComparison.Ordinal)
                && style[Letters.Docx.DocxStyles.FieldStylePrefix.Length..] is var field && Letters.Docx.DocxStyles.FieldKeys.Contains(field))
            {
                (fieldLines ??= []).Add((field, VietnameseText.JoinLines(ParagraphLines(p))));
                continue;
            }
            lines.AddRange(ParagraphLines(p));
        }
        return new SourceCell(lines, span) { FieldLines = fieldLines ?? [] };
    }

    private static int? IntVal(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), out var value) ? value : null;
}
