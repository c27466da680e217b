using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CaiTien.Checking.Text;

/// <summary>Comparison keys for Vietnamese text: tone marks and diacritics removed, đ → d, lower case, every run of
/// non-letters collapsed to one space. Misplaced tone marks ("gia điǹh") and spacing then compare equal.</summary>
public static class VietnameseText
{
    /// <summary>Folded forms of recently seen texts: rules fold the same cells and catalog titles many times.
    /// Bounded: cleared when it grows past <see cref="FoldCacheLimit"/> entries.</summary>
    private static readonly ConcurrentDictionary<string, string> FoldCache = new(StringComparer.Ordinal);

    public const int FoldCacheLimit = 50_000;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (FoldCache.TryGetValue(text, out var cached)) return cached;
        if (FoldCache.Count >= FoldCacheLimit) FoldCache.Clear();
        return FoldCache[text] = FoldUncached(text);
    }

    private static string FoldUncached(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var c = ch switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(ch) };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>Lower case with diacritics kept and whitespace collapsed, for comparisons where tone marks matter.</summary>
    public static string Simplify(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> on word boundaries (both already folded).</summary>
    public static bool ContainsPhrase(string foldedText, string foldedPhrase)
    {
        if (foldedPhrase.Length == 0) return false;
        var start = 0;
        while (true)
        {
            var at = foldedText.IndexOf(foldedPhrase, start, StringComparison.Ordinal);
            if (at < 0) return false;
            var end = at + foldedPhrase.Length;
            var leftOk = at == 0 || foldedText[at - 1] == ' ';
            var rightOk = end == foldedText.Length || foldedText[end] == ' ';
            if (leftOk && rightOk) return true;
            start = at + 1;
        }
    }

    public static string[] Words(string folded) => folded.Length == 0 ? [] : folded.Split(' ');

    /// <summary>Share of <paramref name="a"/>'s words that also occur in <paramref name="b"/> (folded inputs).</summary>
    public static double WordOverlap(string a, string b)
    {
        var wa = Words(a);
        if (wa.Length == 0) return 0;
        var wb = Words(b).ToHashSet();
        return wa.Count(wb.Contains) / (double)wa.Length;
    }

    /// <summary>Removes parenthesised asides ("Hội đồng trường (Hội đồng quản trị …) và …").</summary>
    public static string WithoutParentheses(string text)
    {
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '(') depth++;
            else if (ch == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>A cell quoted in a message: at most a short excerpt, so a finding never repeats a whole paragraph.</summary>
    public const int ShortExcerpt = 60;

    public static string Quote(string? text, int max = ShortExcerpt)
    {
        var t = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length <= max) return $"“{t}”";
        var cut = t.LastIndexOf(' ', max);
        return $"“{t[..(cut > max / 2 ? cut : max)].TrimEnd(' ', ',', ';', ':')}…”";
    }
}
