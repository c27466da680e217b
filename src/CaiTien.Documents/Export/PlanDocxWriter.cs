using CaiTien.Documents.Interchange;
using CaiTien.Documents.Letters.Docx;

namespace CaiTien.Documents.Export;

/// <summary>The plan as a Word letter in the Nghị định 30 layout.</summary>
public static class PlanDocxWriter
{
    /// <summary>Writes the document and returns Vietnamese warnings about blanks left for the school to fill
    /// (number, date, signer…) and plan text the chosen columns do not show.</summary>
    public static IReadOnlyList<string> Write(PlanDocument plan, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        var warnings = new List<string>();
        var letter = PlanLetterBuilder.Build(plan, options ?? DocumentOptions.Default, warnings);
        DocxLetterRenderer.Render(letter, output, plan.Title);
        return warnings;
    }
}
