using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

internal enum SectionKind { Purposes, LegalBases, Content, Organization, Results, Targets, Monitoring, Other }

/// <summary>Recognises section headings: roman-numbered ones always, arabic-numbered ones only when their words
/// name a known section (so numbered list items are not taken for headings).</summary>
internal static partial class SectionHeadings
{
    public static SectionKind? Classify(string text)
    {
        var roman = RomanPattern().Match(text);
        if (roman.Success && text.Length <= 160) return KindOf(roman.Groups["t"].Value) ?? OtherKindOf(roman.Groups["t"].Value);
        var arabic = ArabicPattern().Match(text);
        if (arabic.Success && text.Length <= 90 && !text.TrimEnd().EndsWith(';'))
            return KindOf(arabic.Groups["t"].Value);
        return null;
    }

    private static SectionKind? KindOf(string title)
    {
        var folded = VietnameseText.Fold(title);
        if (StartsWithAny(folded, "muc dich", "muc tieu", "yeu cau")) return SectionKind.Purposes;
        if (StartsWithAny(folded, "can cu", "co so phap ly", "co so xay dung", "nhung can cu")) return SectionKind.LegalBases;
        if (folded.StartsWith("to chuc thuc hien", StringComparison.Ordinal)) return SectionKind.Organization;
        if (folded.StartsWith("noi dung", StringComparison.Ordinal) || folded.StartsWith("ke hoach cai tien", StringComparison.Ordinal)) return SectionKind.Content;
        return null;
    }

    /// <summary>Kinds told apart only under roman numbers: "2. Kết quả…" may well be a list item.</summary>
    private static SectionKind OtherKindOf(string title)
    {
        var folded = VietnameseText.Fold(title);
        if (folded.Contains("chi tieu", StringComparison.Ordinal)) return SectionKind.Targets;
        if (folded.Contains("ket qua", StringComparison.Ordinal) || folded.Contains("thuc trang", StringComparison.Ordinal)
            || folded.Contains("tu danh gia", StringComparison.Ordinal)) return SectionKind.Results;
        if (folded.Contains("giam sat", StringComparison.Ordinal) || folded.Contains("kiem tra", StringComparison.Ordinal)) return SectionKind.Monitoring;
        return SectionKind.Other;
    }

    public static string Name(SectionKind kind) => kind switch
    {
        SectionKind.Purposes => "purposes",
        SectionKind.LegalBases => "legalBases",
        SectionKind.Content => "content",
        SectionKind.Organization => "organization",
        SectionKind.Results => "results",
        SectionKind.Targets => "targets",
        SectionKind.Monitoring => "monitoring",
        _ => "other",
    };

    private static bool StartsWithAny(string folded, params string[] prefixes) =>
        prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));

    [GeneratedRegex(@"^\s*(?<n>[IVX]{1,5})\s*[.)/-]\s*(?<t>\S.*)$")]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.)](?!\d)\s*(?<t>\S.*)$")]
    private static partial Regex ArabicPattern();
}
