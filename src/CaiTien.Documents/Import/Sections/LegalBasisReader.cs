using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Reads "Căn cứ" entries: a list item is a basis when it names a document (Luật, Thông tư, Công văn,
/// Kế hoạch, Báo cáo…), optionally after "Căn cứ"; heading lines ending in ":" and other lines are skipped, and
/// a numbered item that is not a basis ends the list.</summary>
internal static partial class LegalBasisReader
{
    public static List<LegalBasis> ReadSection(IEnumerable<string> paragraphs, ImportVocabulary vocabulary)
    {
        // A numbered item that is no basis ("4. Kết quả thực hiện…") starts another topic inside the section.
        var own = paragraphs.TakeWhile(p => !(ListItems.HasNumberMarker(p) && ListItems.StripMarker(p) is var t
                                              && !IsBasis(t, vocabulary) && !(t.EndsWith(':') && NamesDocuments(t, vocabulary))));
        return ListItems.Collect(own).Where(item => !item.EndsWith(':') && IsBasis(item, vocabulary)).Select(Create).ToList();
    }

    /// <summary>"Các văn bản quy phạm pháp luật, văn bản hướng dẫn hiện hành:" introduces bases.</summary>
    private static bool NamesDocuments(string text, ImportVocabulary vocabulary)
    {
        var folded = VietnameseText.Fold(text);
        return vocabulary.LegalDocumentWords.Any(w => folded.Contains(VietnameseText.Fold(w), StringComparison.Ordinal));
    }

    /// <summary>Paragraphs written as "Căn cứ …" outside a bases section (plans without that heading).</summary>
    public static bool StartsWithCanCu(string text) => CanCuPattern().IsMatch(VietnameseText.Fold(ListItems.StripMarker(text)));

    public static bool IsBasis(string item, ImportVocabulary vocabulary)
    {
        var folded = VietnameseText.Fold(item);
        if (folded.StartsWith("can cu", StringComparison.Ordinal)) return true;
        var rest = folded.StartsWith("can ", StringComparison.Ordinal) ? folded[4..] : folded;
        return vocabulary.LegalDocumentWords.Any(w => rest.StartsWith(VietnameseText.Fold(w) + " ", StringComparison.Ordinal));
    }

    public static LegalBasis Create(string text) => new() { Text = text, Reference = Reference(text) };

    /// <summary>The first document number cited: 17/2018/TT-BGDĐT, 5932/BGDĐT-QLCL, 43/2019/QH14, 415/QĐ-THPĐB.</summary>
    public static string? Reference(string text)
    {
        var m = NumberPattern().Match(text);
        return m.Success ? m.Value : null;
    }

    [GeneratedRegex(@"(?<![\d/])\d{1,5}[a-z]?/(?:\d{4}/)?\p{Lu}[\p{Lu}\d]*(?:[-–]\p{Lu}[\p{Lu}\d&]*)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^can (cu )?")]
    private static partial Regex CanCuPattern();
}
