using System.Text;
using SkiaSharp;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>Draws a <see cref="LetterDocument"/> into a PDF with SkiaSharp: embedded (subset) serif fonts with
/// Vietnamese letters, real text that can be selected and extracted, the same page setup as the Word file.</summary>
public static class PdfLetterRenderer
{
    public static void Render(LetterDocument document, Stream output, string? title = null)
    {
        using var fonts = SerifFonts.Get().ForText(Texts(document).Append("0123456789 …-"));
        using var managed = new SKManagedWStream(output);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title?.Normalize(NormalizationForm.FormC) ?? "",
            Creator = "CaiTien",
            Producer = "CaiTien (SkiaSharp)",
            RasterDpi = 300,
        };
        using var pdf = SKDocument.CreatePdf(managed, metadata);
        using var layout = new PdfTextLayout(fonts);
        using var flow = new PdfPageFlow(pdf, layout);
        foreach (var section in document.Sections)
        {
            flow.StartSection(section.Orientation);
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                var block = section.Blocks[i];
                if (block is TableBlock table)
                {
                    PdfTableFlow.Place(flow, table, flow.Left, flow.TextWidth);
                    continue;
                }
                var following = i + 1 < section.Blocks.Count ? LeadHeight(section.Blocks[i + 1], layout, flow.TextWidth) : 0;
                flow.Place(layout.Layout(block, flow.TextWidth, LetterStyle.BodySizePt), flow.Left, flow.TextWidth, following);
            }
        }
        flow.EndPage();
        pdf.Close();
        managed.Flush();
    }

    /// <summary>Every text the document draws, so its fonts can be cut down to those characters.</summary>
    private static IEnumerable<string> Texts(LetterDocument document)
    {
        static IEnumerable<string> Of(Block block) => block switch
        {
            ParagraphBlock { Hidden: true } => [],
            ParagraphBlock p => p.Spans.Select(s => s.Text.Normalize(NormalizationForm.FormC)),
            TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content).SelectMany(Of),
            _ => [],
        };
        return document.Sections.SelectMany(s => s.Blocks).SelectMany(Of);
    }

    /// <summary>How much of the next block must fit under a heading for the heading to stay on the page.</summary>
    private static float LeadHeight(Block next, PdfTextLayout layout, float width) => next switch
    {
        TableBlock => 90,
        ParagraphBlock p => layout.Layout(p, width, LetterStyle.BodySizePt).Where(i => !i.IsGap).Take(2).Sum(i => i.Height),
        _ => 0,
    };
}
