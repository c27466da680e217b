using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Pieces of one table cell that a page break (or a PDF-to-Word conversion) printed after the table:
/// "quan sinh động" under a role line, finishing a row's "…phương pháp trực". Such a piece starts in lower case
/// without a list marker, and does not continue the line before it (a duty wrapped onto the next paragraph does).
/// It goes back to the cell it finishes; it is never read as a duty or a role.</summary>
internal static partial class CellPieces
{
    private const int MaxPieceLength = 1000;

    /// <summary>Fields whose cells run long enough to be broken by a page, most likely first; names and times are short.</summary>
    private static readonly string[] LongFields = ["tasks", "measures", "targetResult", "weakness", "evidence", "support", "notes"];

    public static List<string> Reattach(IReadOnlyList<string> paragraphs, IReadOnlyList<ItemDraft> items, string file, List<ImportMessage> warnings)
    {
        var pairs = WordPairs(paragraphs.Where((p, i) => !IsPiece(p, i > 0 ? paragraphs[i - 1] : null)).Concat(items.SelectMany(d => d.Texts.Values)));
        var kept = new List<string>(paragraphs.Count);
        string? previous = null;
        foreach (var paragraph in paragraphs)
        {
            if (!IsPiece(paragraph, previous)) { kept.Add(paragraph); previous = paragraph; continue; }
            var candidates = Unfinished(items).ToList();
            if (candidates.Count == 0) { kept.Add(paragraph); previous = paragraph; continue; }
            var firstWord = VietnameseText.Fold(paragraph).Split(' ')[0];
            // The word pair the join makes ("trực quan") written elsewhere in the letter tells which cell it finishes.
            var fitting = candidates.Where(c => pairs.Contains(c.LastWord + " " + firstWord)).ToList();
            // Right after the table, the piece finishes the table's last row (the page broke inside it); elsewhere only
            // the word pair decides.
            var lastRow = previous is null ? candidates.Where(c => ReferenceEquals(c.Draft, items[^1]) && LongFields.Contains(c.Field))
                .OrderBy(c => Array.IndexOf(LongFields, c.Field)).Take(1).ToList() : [];
            var chosen = lastRow.Count == 1 ? lastRow[0] : fitting.Count == 1 ? fitting[0] : candidates.Count == 1 ? candidates[0] : default;
            if (chosen.Draft is null)
                warnings.Add(new ImportMessage($"Đoạn “{paragraph.Trim()}” sau bảng có vẻ là phần còn lại của một ô trong bảng (bị ngắt trang) nhưng không rõ của dòng nào; đã bỏ ra khỏi phần lời văn, hãy chép vào đúng ô.",
                    new SourceLocation(file)));
            else
                chosen.Draft.Texts[chosen.Field] = VietnameseText.JoinLines([chosen.Draft.Texts[chosen.Field], paragraph]);
        }
        return kept;
    }

    private static HashSet<string> WordPairs(IEnumerable<string> texts)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++) pairs.Add(words[i] + " " + words[i + 1]);
        }
        return pairs;
    }

    private static bool IsPiece(string paragraph, string? previous)
    {
        var text = paragraph.Trim();
        if (text.Length == 0 || text.Length > MaxPieceLength || !VietnameseText.StartsLowercase(text)) return false;
        if (previous is null) return true;
        var before = previous.Trim();
        if (before.Length == 0 || before[^1] is '.' or ';' or ':' or '!' or '?') return true;
        // A line that stops mid-sentence is continued by the next paragraph, unless it is a heading or a role line.
        return SectionHeadings.Classify(before) is not null || RoleLine().IsMatch(before);
    }

    [GeneratedRegex(@"^(?:\*|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.)\s*\p{Lu}")]
    private static partial Regex RoleLine();

    /// <summary>Cells of the table that stop mid-sentence: their last character is a letter.</summary>
    private static IEnumerable<(ItemDraft Draft, string Field, string LastWord)> Unfinished(IReadOnlyList<ItemDraft> items)
    {
        foreach (var draft in items)
            foreach (var (field, text) in draft.Texts)
            {
                if (field is "criterion" or "sequence" or "standard" || text.Length == 0 || !char.IsLetter(text[^1]) || !char.IsLower(text[^1])) continue;
                var words = VietnameseText.Fold(text).Split(' ');
                yield return (draft, field, words[^1]);
            }
    }
}
