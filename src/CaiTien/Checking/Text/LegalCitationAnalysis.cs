using System.Runtime.CompilerServices;
using CaiTien.Catalogs;

namespace CaiTien.Checking.Text;

/// <summary>What one legal basis cites: the documents it names by number (with the date written after each), its
/// main document (the basis's reference, else its first number), and the catalog documents whose title it contains.</summary>
public sealed record LegalCitationAnalysis(
    IReadOnlyList<(Citation Citation, LegalDocument? Document)> Cited,
    string? MainNumber,
    LegalDocument? Main,
    IReadOnlyList<LegalDocument> TitledDocuments)
{
    public static LegalCitationAnalysis Of(string? text, string? reference, LegalDocumentCatalog catalog)
    {
        var cited = Citations.Find(text).Select(c => (c, catalog.Find(c.Number))).ToList();
        var mainNumber = reference ?? cited.FirstOrDefault().c?.Number;
        var folded = VietnameseText.Fold(text);
        var titled = FoldedTitles.GetValue(catalog, FoldTitles)
            .Where(t => VietnameseText.ContainsPhrase(folded, t.Folded))
            .Select(t => t.Document)
            .ToList();
        return new LegalCitationAnalysis(cited, mainNumber, catalog.Find(mainNumber), titled);
    }

    private static readonly ConditionalWeakTable<LegalDocumentCatalog, List<(LegalDocument Document, string Folded)>> FoldedTitles = new();

    private static List<(LegalDocument, string)> FoldTitles(LegalDocumentCatalog catalog) =>
        catalog.All.Where(d => d.TitleIsReliable && d.Title.Length > 0).Select(d => (d, VietnameseText.Fold(d.Title))).ToList();

    /// <summary>Titles of at least this many words identify a document on their own; shorter ones ("Luật Giáo dục")
    /// also occur inside other documents' titles.</summary>
    public const int IdentifyingTitleWords = 8;

    public static bool TitleIdentifies(LegalDocument d) => VietnameseText.Words(VietnameseText.Fold(d.Title)).Length >= IdentifyingTitleWords;

    /// <summary>The text carries another document's identifying title and not its main document's own title.</summary>
    public LegalDocument? ForeignTitle =>
        Main is null || TitledDocuments.Contains(Main) ? null : TitledDocuments.FirstOrDefault(d => d.Number != Main.Number && TitleIdentifies(d));
}
