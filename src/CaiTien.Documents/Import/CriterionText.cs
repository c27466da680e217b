using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Reads criterion codes, standard numbers and level headings from table cells and grouping rows.</summary>
internal static partial class CriterionText
{
    /// <summary>"Tiêu chí 1.1: Phương hướng…", "1.9. Thực hiện…", "Tiêu chí 1.2" → code and title (null when absent).</summary>
    public static (string Code, string? Title)? Read(string? text)
    {
        if (text is null) return null;
        var both = StandardAndCriterion().Match(text.Normalize(System.Text.NormalizationForm.FormC));
        if (both.Success)
        {
            var rest2 = TitleSeparator().Replace(text.Normalize(System.Text.NormalizationForm.FormC)[(both.Index + both.Length)..], "").Trim().TrimEnd(';', '.', ',').Trim();
            return ($"{both.Groups["s"].Value}.{int.Parse(both.Groups["c"].Value)}", rest2.Length == 0 ? null : rest2);
        }
        var m = CodePattern().Match(text);
        if (!m.Success) return null;
        var code = $"{m.Groups["s"].Value}.{int.Parse(m.Groups["c"].Value)}";
        var rest = text[(m.Index + m.Length)..];
        var title = TitleSeparator().Replace(rest, "").Trim().TrimEnd(';', '.', ',').Trim();
        return (code, title.Length == 0 ? null : title);
    }

    /// <summary>"MỨC 1" → 1; "MỨC 1, 2, 3" or anything else → null. <paramref name="isLevelHeading"/> tells
    /// whether the text is a level heading at all.</summary>
    public static int? Level(string? text, out bool isLevelHeading)
    {
        var folded = HeadingNumber().Replace(VietnameseText.Fold(text), "");
        var m = LevelPattern().Match(folded);
        isLevelHeading = m.Success;
        if (!m.Success) return null;
        var numbers = Regex.Matches(m.Groups["n"].Value, @"\d");
        return numbers.Count == 1 ? int.Parse(numbers[0].Value) : null;
    }

    /// <summary>"Tiêu chuẩn 2: …" → 2.</summary>
    public static int? Standard(string? text)
    {
        var m = StandardPattern().Match(HeadingNumber().Replace(VietnameseText.Fold(text), ""));
        return m.Success ? int.Parse(m.Groups["n"].Value) : null;
    }

    /// <summary>"Tiêu chí 3: …" numbered within its standard → "2.3" when the standard is known.</summary>
    public static (string Code, string? Title)? ReadWithinStandard(string? text, int? standard)
    {
        if (text is null || standard is null) return null;
        var m = ShortCodePattern().Match(text.Normalize(System.Text.NormalizationForm.FormC));
        if (!m.Success) return null;
        var title = TitleSeparator().Replace(text.Normalize(System.Text.NormalizationForm.FormC)[(m.Index + m.Length)..], "").Trim().TrimEnd(';', '.', ',').Trim();
        return ($"{standard}.{int.Parse(m.Groups["c"].Value)}", title.Length == 0 ? null : title);
    }

    /// <summary>"Mức 2", "2", "Đạt mức 3" in a target-level column → the level.</summary>
    public static int? LevelValue(string? text)
    {
        var m = LevelValuePattern().Match(VietnameseText.Fold(text));
        return m.Success ? int.Parse(m.Groups["n"].Value) : null;
    }

    public static bool StartsWithCriterionWord(string? text) =>
        HeadingNumber().Replace(VietnameseText.Fold(text), "").StartsWith("tieu chi", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\d.,/])(?<s>[1-5])\s*\.\s*(?<c>\d{1,2})(?![\d/]|\.\d)")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"tiêu chuẩn\s*(?<s>[1-5])\s*[,;:.\-–]?\s*tiêu chí\s*(?<c>\d{1,2})(?![\d.,/]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex StandardAndCriterion();

    [GeneratedRegex(@"^\s*[:.\-–—)]*\s*")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^muc(?: do)?\s+(?<n>\d(?:\s*[,;&-]\s*\d|\s+va\s+\d)*)\s*[:.]?$")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"^\s*(?:(?:[ivx]{1,4}|\d{1,2}|[a-z])\s*[.):]\s*|[-*+•]\s*)")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^\s*(?:[-*+•]\s*)?(?:tiêu chí|tc)\s*(?<c>\d{1,2})(?![\d.,/]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ShortCodePattern();

    [GeneratedRegex(@"^(?:dat\s+)?(?:muc(?: do)?\s*)?(?<n>[1-4])\b")]
    private static partial Regex LevelValuePattern();

    [GeneratedRegex(@"^tieu chuan\s+(?<n>\d)\b")]
    private static partial Regex StandardPattern();
}
