using CaiTien.Documents.Interchange;
using CaiTien.Documents.Letters.Pdf;

namespace CaiTien.Documents.Export;

/// <summary>The plan as a PDF, generated in-process with SkiaSharp from the same letter as the Word file.</summary>
public static class PlanPdfWriter
{
    /// <summary>Writes the PDF and returns the same Vietnamese warnings as <see cref="PlanDocxWriter"/>.
    /// Throws <see cref="InvalidOperationException"/> with a Vietnamese message when no serif font with
    /// Vietnamese letters is installed.</summary>
    public static IReadOnlyList<string> Write(PlanDocument plan, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        var warnings = new List<string>();
        var letter = PlanLetterBuilder.Build(plan, options ?? DocumentOptions.Default, warnings);
        PdfLetterRenderer.Render(letter, output, plan.Title);
        return warnings;
    }
}
