using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Builds small DOCX files in memory for importer tests. Cell text may hold "\n" for separate
/// paragraphs; a cell "^" continues the cell above (vMerge); "~3~text" spans three grid columns.</summary>
internal sealed class TestDocx
{
    private readonly List<OpenXmlElement> _body = [];

    public TestDocx Paragraph(string text)
    {
        _body.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public TestDocx Paragraphs(params string[] texts)
    {
        foreach (var t in texts) Paragraph(t);
        return this;
    }

    public TestDocx PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A table; the first <paramref name="repeatedHeaderRows"/> rows are marked to repeat on each page.</summary>
    public TestDocx Table(IEnumerable<string[]> rows, int repeatedHeaderRows = 0)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        var index = 0;
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (index++ < repeatedHeaderRows) tr.Append(new TableRowProperties(new TableHeader()));
            foreach (var written in row)
            {
                var props = new TableCellProperties();
                var text = written;
                if (text.Length > 3 && text[0] == '~' && text[2] == '~')
                {
                    props.Append(new GridSpan { Val = text[1] - '0' });
                    text = text[3..];
                }
                if (text == "^") props.Append(new VerticalMerge());
                var tc = new TableCell(props);
                foreach (var line in (text == "^" ? "" : text).Split('\n'))
                    tc.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                tr.Append(tc);
            }
            table.Append(tr);
        }
        _body.Add(table);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
