using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Infers the province and the school level/framework from the plan's own words.</summary>
internal sealed class PlaceInference(ImportVocabulary vocabulary)
{
    /// <summary>The first province named in the given texts, searched in order (header, bases, then the rest).
    /// Matching keeps accents: "phòng đa năng" must not read as Đà Nẵng.</summary>
    public string? Province(IEnumerable<string?> textsInOrder)
    {
        foreach (var text in textsInOrder)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var folded = VietnameseText.CollapseSpaces(text).ToLowerInvariant().Replace('–', '-');
            (string Name, int At)? best = null;
            foreach (var (name, aliases) in vocabulary.Provinces)
                foreach (var alias in aliases)
                {
                    var at = IndexOfWord(folded, alias);
                    if (at >= 0 && (best is null || at < best.Value.At)) best = (name, at);
                }
            if (best is not null) return best.Value.Name;
        }
        return null;
    }

    /// <summary>Where <paramref name="word"/> occurs in <paramref name="text"/> not inside another word, or -1.</summary>
    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var freeBefore = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var freeAfter = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (freeBefore && freeAfter) return at;
        }
        return -1;
    }

    /// <summary>Level from the school's name, else from the accreditation circular cited in the bases.</summary>
    public string? Level(string? schoolName, IEnumerable<string?> references)
    {
        if (vocabulary.LevelOfSchoolName(schoolName) is { } level) return level;
        foreach (var reference in references)
        {
            var match = vocabulary.Frameworks.FirstOrDefault(f => string.Equals(f.Value, reference, StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null) return match.Key;
        }
        return null;
    }

    /// <summary>A later circular (TT57) the plan cites among its bases; null when the plan follows the 2018 framework
    /// of its level. (Biểu 2 columns alone do not tell: CaiTien prints any plan in them on request.)</summary>
    public string? LaterFramework(IEnumerable<string?> references) =>
        references.FirstOrDefault(r => r is not null && vocabulary.LaterFrameworks.Contains(r, StringComparer.OrdinalIgnoreCase));

    public string? Framework(string? level) => level is not null && vocabulary.Frameworks.TryGetValue(level, out var circular) ? circular : null;
}
