using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Document;

/// <summary>Numbered items inside a prose part ("1.", "2.", "4.1.", "a)") must run without skipping or repeating a
/// number: "1, 2, 4" or "2, 2" are left over from a copied plan. A list may start again at 1 (a new list); a
/// sub-item "a.b" is only read under item a, since "3.4. Khu vệ sinh…" under item 4 is a criterion code.</summary>
public sealed partial class ItemNumberingRule : ICheckRule
{
    private const string LetterOrder = "abcdđeghiklmnopqrstuvxy";

    public IReadOnlyList<string> Names { get; } = ["item-numbering"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var part in ProsePart.Of(context.Plan))
        {
            int? top = null, sub = null;
            char? letter = null;
            foreach (var (location, text) in part.Paragraphs)
            {
                var m = Marker().Match(text);
                if (!m.Success) continue;
                if (m.Groups["letter"].Success)
                {
                    var l = char.ToLowerInvariant(m.Groups["letter"].Value[0]);
                    if (letter is { } prev && l != 'a' && !Follows(prev, l))
                        yield return Finding(location, $"mục {prev})", $"mục {l})", l == prev);
                    letter = l;
                    continue;
                }
                var first = int.Parse(m.Groups["a"].Value);
                if (!m.Groups["b"].Success)
                {
                    if (top is { } p && first != 1 && first != p + 1)
                        yield return Finding(location, $"mục {p}", $"mục {first}", first == p);
                    (top, sub, letter) = (first, null, null);
                    continue;
                }
                if (first != top) continue;
                var second = int.Parse(m.Groups["b"].Value);
                if (sub is { } s && second != 1 && second != s + 1)
                    yield return Finding(location, $"mục {top}.{s}", $"mục {top}.{second}", second == s);
                (sub, letter) = (second, null);
            }
        }
    }

    private Finding Finding(FindingLocation location, string previous, string current, bool repeated) =>
        new(Names[0], Severities.Warning, location,
            repeated ? $"Đánh số bị lặp: {current} xuất hiện hai lần liền nhau." : $"Đánh số bị nhảy: sau {previous} là {current}.",
            "Đánh số lại các mục liên tiếp.");

    private static bool Follows(char previous, char current)
    {
        var i = LetterOrder.IndexOf(previous);
        return (i >= 0 && i + 1 < LetterOrder.Length && LetterOrder[i + 1] == current) || current == previous + 1;
    }

    /// <summary>"1. ", "2) ", "4.1. ", "5.2 " or "a) ", "b. " at the start, followed by a word.</summary>
    [GeneratedRegex(@"^\s*(?:(?<a>\d{1,2})(?:\.(?<b>\d{1,2}))?(?:[.)]|(?<=\.\d{1,2}))|(?<letter>[a-zđ])\))\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
