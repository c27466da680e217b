using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Removes copies of table rows that PDF-to-Word conversion leaves in the text after a table: paragraphs
/// made mostly of the table's cell texts, and the fragment of a cell glued to the end of the line before them.</summary>
internal static class LeakedTableText
{
    private const int MinimumCellLength = 12;

    public static List<string> Remove(IReadOnlyList<string> paragraphs, IReadOnlyList<string> cellTexts)
    {
        var cells = cellTexts.Where(c => c.Length >= MinimumCellLength).Distinct().ToList();
        var leaked = paragraphs.Select(p => IsLeak(p, cells)).ToList();
        var result = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (leaked[i]) continue;
            var text = paragraphs[i];
            if (i + 1 < paragraphs.Count && leaked[i + 1]) text = TrimGluedTail(text, cellTexts);
            result.Add(text);
        }
        return result;
    }

    /// <summary>A leaked row repeats several cells; one cell's words alone ("Ban đại diện cha mẹ học sinh" as a
    /// role) are not a leak.</summary>
    private static bool IsLeak(string paragraph, List<string> cells)
    {
        if (paragraph.Length < 40) return false;
        var contained = cells.Where(c => paragraph.Contains(c, StringComparison.Ordinal)).ToList();
        return contained.Count >= 2 && contained.Sum(c => c.Length) >= paragraph.Length * 0.6;
    }

    /// <summary>"* Viên chức … của trường quan sinh động Tiêu chí" → "* Viên chức … của trường": a dangling
    /// "Tiêu chí"/"Tiêu chuẩn" and then the longest run of words that ends some cell.</summary>
    private static string TrimGluedTail(string text, IReadOnlyList<string> cellTexts)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var tailFolded = VietnameseText.Fold(string.Join(' ', words.TakeLast(2)));
        if (tailFolded is "tieu chi" or "tieu chuan") words.RemoveRange(words.Count - 2, 2);
        var cellWords = cellTexts.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var k = words.Count - 2; k >= 2; k--)
        {
            var tail = words.TakeLast(k).ToArray();
            var matches = cellWords.Any(cw => cw.Length > k && cw.TakeLast(k).SequenceEqual(tail));
            if (matches) { words.RemoveRange(words.Count - k, k); break; }
        }
        return string.Join(' ', words);
    }
}
