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
        return ListItems.Collect(JoinBrokenItems(own, vocabulary)).Select(WithoutLeadIn)
            .Where(item => !item.EndsWith(':') && IsBasis(item, vocabulary)).Select(Create).ToList();
    }

    /// <summary>"Căn cứ …" paragraphs written before any section heading, read like a bases section.</summary>
    public static List<LegalBasis> ReadPreamble(IEnumerable<string> paragraphs, ImportVocabulary vocabulary)
    {
        var joined = JoinBrokenItems(paragraphs, vocabulary).ToList();
        return joined.Where(StartsWithCanCu).Select(p => WithoutLeadIn(ListItems.StripMarker(p))).Where(t => !t.EndsWith(':')).Select(Create).ToList();
    }

    /// <summary>A basis broken over two paragraphs: the first has no closing ";" or "." and the second starts neither
    /// a list item nor another basis ("…của Bộ trưởng Bộ" / "Giáo dục và Đào tạo ban hành…").</summary>
    private static IEnumerable<string> JoinBrokenItems(IEnumerable<string> paragraphs, ImportVocabulary vocabulary)
    {
        string? pending = null;
        foreach (var raw in paragraphs)
        {
            var p = VietnameseText.CollapseSpaces(raw);
            if (p.Length == 0) continue;
            if (pending is not null && !pending.TrimEnd().EndsWith(';') && !pending.TrimEnd().EndsWith('.') && !pending.TrimEnd().EndsWith(':')
                && !ListItems.HasMarker(p) && !IsBasis(p, vocabulary) && IsBasis(ListItems.StripMarker(pending), vocabulary))
            {
                pending = VietnameseText.JoinLines([pending, p]);
                continue;
            }
            if (pending is not null) yield return pending;
            pending = p;
        }
        if (pending is not null) yield return pending;
    }

    /// <summary>The last basis often runs into the plan's lead-in: "Căn cứ …, trường X xây dựng kế hoạch … cụ thể như
    /// sau:". The clause from its comma on is not part of the basis.</summary>
    internal static string WithoutLeadIn(string item)
    {
        var folded = VietnameseText.Fold(item);
        if (!(folded.EndsWith(':') || folded.EndsWith("nhu sau", StringComparison.Ordinal) || folded.EndsWith("nhu sau.", StringComparison.Ordinal))) return item;
        // The lead-in is the clause (from its comma to the next) where the school says it makes the plan.
        int? cut = null;
        for (var comma = item.LastIndexOf(','); comma > 0; comma = item.LastIndexOf(',', comma - 1))
        {
            var next = item.IndexOf(',', comma + 1);
            var clause = VietnameseText.Fold(next < 0 ? item[comma..] : item[comma..next]);
            if (LeadInPattern().IsMatch(clause)) { cut = comma; break; }
            if (cut is null && FollowsPattern().IsMatch(clause)) cut = comma;
        }
        return cut is { } at ? item[..at].TrimEnd() : item;
    }

    [GeneratedRegex(@"cu the (?:nhu sau|la)|nhu sau\s*:?$")]
    private static partial Regex FollowsPattern();

    [GeneratedRegex(@"(?:xay dung|ban hanh|lap|trien khai)\s+ke hoach")]
    private static partial Regex LeadInPattern();

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
