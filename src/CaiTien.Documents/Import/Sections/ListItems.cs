using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>List handling shared by the prose sections: markers, continuation lines, stray links.</summary>
internal static partial class ListItems
{
    /// <summary>Removes one leading list marker: "-", "*", "+", "•", "1.", "6.1.", "2)", "a)".</summary>
    public static string StripMarker(string text) => MarkerPattern().Replace(text, "").Trim();

    public static bool HasMarker(string text) => MarkerPattern().IsMatch(text);

    public static bool HasNumberMarker(string text) => NumberMarkerPattern().IsMatch(text);

    public static char? SymbolMarker(string text)
    {
        var t = text.TrimStart();
        return t.Length > 1 && "-–—*•+●▪".Contains(t[0]) ? t[0] : null;
    }

    /// <summary>Items from paragraphs: a paragraph starting in lowercase continues the previous item.</summary>
    public static List<string> Collect(IEnumerable<string> paragraphs)
    {
        var items = new List<string>();
        foreach (var raw in paragraphs)
        {
            var text = VietnameseText.CollapseSpaces(raw);
            if (text.Length == 0) continue;
            if (items.Count > 0 && !HasMarker(text) && VietnameseText.StartsLowercase(text))
            {
                items[^1] = VietnameseText.JoinLines([items[^1], text]);
                continue;
            }
            var item = StripMarker(text);
            if (item.Length > 0) items.Add(item);
        }
        return items.Select(RemoveTrailingLinks).Where(i => i.Length > 0).ToList();
    }

    /// <summary>Bare web addresses pasted at the end of an item are not part of its wording.</summary>
    public static string RemoveTrailingLinks(string text) => TrailingLinks().Replace(text, "").Trim();

    [GeneratedRegex(@"^\s*(?:[-–—*•+●▪]+|\d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)|[a-zđ]\s*\))\s*")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)|[a-zđ]\s*\))")]
    private static partial Regex NumberMarkerPattern();

    [GeneratedRegex(@"(?:\s+https?://\S+)+\s*$")]
    private static partial Regex TrailingLinks();
}
