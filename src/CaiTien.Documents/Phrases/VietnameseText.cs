using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Phrases;

/// <summary>Text helpers for matching Vietnamese phrases regardless of accents, case and spacing.</summary>
public static partial class VietnameseText
{
    /// <summary>Lowercase, without tone marks or diacritics (đ → d), dashes unified to '-', whitespace collapsed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                '–' or '—' or '‑' or '−' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>Any run of whitespace (NBSP included) becomes one space; the result is trimmed and NFC.</summary>
    public static string CollapseSpaces(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>Joins broken lines as the fixtures' conventions say: one space, except after a hyphen that
    /// directly follows a character with nothing after it (<c>CBGV-</c> + <c>NV</c> → <c>CBGV-NV</c>).</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = CollapseSpaces(raw);
            if (line.Length == 0) continue;
            if (sb.Length > 0)
            {
                var glued = sb.Length >= 2 && sb[^1] == '-' && !char.IsWhiteSpace(sb[^2]);
                if (!glued) sb.Append(' ');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>The joined text, or null when there is nothing but whitespace.</summary>
    public static string? JoinOrNull(IEnumerable<string> lines)
    {
        var joined = JoinLines(lines);
        return joined.Length == 0 ? null : joined;
    }

    public static bool StartsLowercase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (!char.IsWhiteSpace(c)) return false;
        }
        return false;
    }

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F]+")]
    private static partial Regex Whitespace();
}
