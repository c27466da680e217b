using System.Text.RegularExpressions;

namespace CaiTien.Documents.Phrases;

/// <summary>Who pays, as a budget cell names it: "5.000.000 đ (XHH)" → "XHH", "Nguồn: Sở GDĐT" → "Sở GDĐT",
/// "Ngân sách + XHH" as written; and the fixed categories (<see cref="FundingSources"/>) the named bodies belong to.
/// A cell that starts with "Kinh phí" describes the kind of budget ("Kinh phí thường xuyên") and names no body.</summary>
public static partial class FundingBodies
{
    /// <summary>Folded words naming a payer, by category; matched as whole words.</summary>
    private static readonly (string Category, string[] Words)[] Bodies =
    [
        (FundingSources.StateBudget, ["ngan sach", "nsnn", "nha nuoc", "so gddt", "so gd&dt", "so gd-dt", "so giao duc", "phong gddt", "phong gd&dt", "phong giao duc",
            "pgddt", "pgd", "sgddt", "dia phuong", "ubnd", "uy ban", "thanh uy", "huyen uy", "tinh uy", "quan uy", "thi uy", "dang uy", "cap tren",
            "nguon hoat dong", "kinh phi hoat dong", "chi thuong xuyen", "kinh phi thuong xuyen", "kinh phi duoc cap"]),
        (FundingSources.TuitionAndLawfulFees, ["hoc phi", "thu hop phap", "thu dich vu", "nguon thu"]),
        (FundingSources.Socialization, ["xhh", "xa hoi hoa", "cmhs", "cha me hoc sinh", "cha me tre", "phu huynh", "ban dai dien", "manh thuong quan",
            "nha hao tam", "tai tro", "dong gop", "doanh nghiep", "vien tro", "ung ho", "cuu hoc sinh", "hoi khuyen hoc"]),
        (FundingSources.Other, ["nguon khac", "chi khac", "tu tuc", "tu lo", "ca nhan tu"]),
    ];

    /// <summary>The payer named beside the amount, as written (null when the cell names none).</summary>
    public static string? Source(string? budgetText)
    {
        if (string.IsNullOrWhiteSpace(budgetText)) return null;
        var text = VietnameseText.CollapseSpaces(budgetText);
        var folded = VietnameseText.Fold(text);
        // Fold keeps one character per character of the collapsed NFC text, so positions carry over.
        if (folded.Length != text.Length || folded.StartsWith("kinh phi", StringComparison.Ordinal)) return null;
        var rest = text.ToCharArray();
        foreach (var (start, length) in MoneyPhrase.AmountSpans(folded))
            for (var i = start; i < start + length; i++) rest[i] = ' ';
        var remaining = LabelPattern().Replace(new string(rest), "");
        remaining = VietnameseText.CollapseSpaces(remaining.Replace('(', ' ').Replace(')', ' ')).Trim(' ', '-', '–', ':', ';', ',', '.', '/');
        if (remaining.Length == 0 || Categories(remaining).Count == 0) return null;
        return remaining;
    }

    /// <summary>The categories of the bodies a text names, in the order they are named.</summary>
    public static List<string> Categories(string? text)
    {
        var folded = " " + Regex.Replace(VietnameseText.Fold(text), @"[^\p{L}\p{Nd}&]+", " ") + " ";
        var found = new List<(int At, string Category)>();
        foreach (var (category, words) in Bodies)
            foreach (var word in words)
            {
                var at = folded.IndexOf(" " + word + " ", StringComparison.Ordinal);
                if (at >= 0) found.Add((at, category));
            }
        return found.OrderBy(f => f.At).Select(f => f.Category).Distinct().ToList();
    }

    [GeneratedRegex(@"^\s*(?:nguồn(?: kinh phí| vốn)?|nguồn tài chính)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();
}
