namespace CaiTien.Checking.Text;

public enum TitleMatchKind { Exact, Variant, Truncation, Close, Different }

/// <summary>How a title as written compares with an official title: same (ignoring tone marks, case, punctuation and
/// parenthesised asides), a known variant, the official title cut short, nearly the same wording, or different.</summary>
public static class TitleMatch
{
    public static TitleMatchKind Compare(string written, string official, IEnumerable<string>? variants = null)
    {
        var w = VietnameseText.Fold(VietnameseText.WithoutParentheses(written));
        var full = VietnameseText.Fold(official);
        var bare = VietnameseText.Fold(VietnameseText.WithoutParentheses(official));
        if (w.Length == 0) return TitleMatchKind.Different;
        if (w == full || w == bare) return TitleMatchKind.Exact;
        if (variants is not null && variants.Any(v => VietnameseText.Fold(VietnameseText.WithoutParentheses(v)) == w)) return TitleMatchKind.Variant;
        if (w.Contains(' ') && (bare.StartsWith(w + " ", StringComparison.Ordinal) || full.StartsWith(w + " ", StringComparison.Ordinal)))
            return TitleMatchKind.Truncation;
        if (VietnameseText.WordOverlap(w, bare) >= 0.8 && VietnameseText.WordOverlap(bare, w) >= 0.8) return TitleMatchKind.Close;
        return TitleMatchKind.Different;
    }

    public static bool IsSameOrShortened(TitleMatchKind kind) => kind is TitleMatchKind.Exact or TitleMatchKind.Variant or TitleMatchKind.Truncation;
}
