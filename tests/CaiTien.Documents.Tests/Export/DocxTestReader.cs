using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Tests.Export;

/// <summary>Reads back what the DOCX writer produced: sections with the body elements that belong to each.</summary>
internal sealed class DocxTestReader : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxTestReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, false);
        Body = Document.MainDocumentPart!.Document.Body!;
        var current = new List<OpenXmlElement>();
        foreach (var element in Body.ChildElements)
        {
            if (element is SectionProperties last)
            {
                Sections.Add((last, current));
                break;
            }
            current.Add(element);
            if (element is Paragraph { ParagraphProperties.SectionProperties: { } properties })
            {
                Sections.Add((properties, current));
                current = [];
            }
        }
    }

    public WordprocessingDocument Document { get; }
    public Body Body { get; }
    public List<(SectionProperties Properties, List<OpenXmlElement> Elements)> Sections { get; } = [];

    public static string Text(OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
