using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Writes all-caps header lines in the usual case: "UBND HUYỆN DẦU TIẾNG" → "UBND huyện Dầu Tiếng",
/// "TRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC" → "Trường Tiểu học Định Phước". Text not in capitals is kept as written.</summary>
internal sealed class NameCasing(ImportVocabulary vocabulary)
{
    public static bool IsAllCaps(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);

    public string GoverningBody(string text) => IsAllCaps(text) ? Convert(text, vocabulary.GoverningBodyPhrases) : text;

    public string School(string text)
    {
        if (!IsAllCaps(text)) return text;
        var upper = text.Trim();
        const string Truong = "TRƯỜNG";
        if (!upper.StartsWith(Truong, StringComparison.Ordinal)) return Convert(upper, vocabulary.SchoolNameLevelWords);
        return "Trường " + Convert(upper[Truong.Length..].Trim(), vocabulary.SchoolNameLevelWords);
    }

    /// <summary>True for "TRƯỜNG TIỂU HỌC" and the like: the school's kind without its name.</summary>
    public bool IsLevelOnly(string line)
    {
        var rest = line.Trim();
        if (!rest.StartsWith("TRƯỜNG", StringComparison.Ordinal)) return false;
        rest = rest["TRƯỜNG".Length..].Trim();
        return rest.Length == 0 || vocabulary.SchoolNameLevelWords.Any(w => rest == w.Upper)
            || vocabulary.Acronyms.Contains(rest) || rest is "TH" or "THCS" or "THPT" or "MN" or "MG";
    }

    private string Convert(string upper, IReadOnlyList<(string Upper, string Written)> phrases)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string>();
        var afterAdminUnit = false;
        for (var i = 0; i < words.Length;)
        {
            var rest = string.Join(' ', words[i..]);
            var phrase = phrases.FirstOrDefault(p => rest.StartsWith(p.Upper + " ", StringComparison.Ordinal) || rest == p.Upper);
            if (phrase.Upper is not null)
            {
                output.Add(phrase.Written);
                i += phrase.Upper.Split(' ').Length;
                continue;
            }
            var unit = vocabulary.AdminUnits.FirstOrDefault(u => rest.StartsWith(u.ToUpperInvariant() + " ", StringComparison.Ordinal));
            if (unit is not null && !afterAdminUnit)
            {
                output.Add(unit);
                i += unit.Split(' ').Length;
                afterAdminUnit = true;
                continue;
            }
            // "SỐ 1" in a school's name is written "số 1".
            output.Add(words[i] == "SỐ" && i + 1 < words.Length && char.IsDigit(words[i + 1][0]) ? "số" : Word(words[i]));
            i++;
        }
        return string.Join(' ', output);
    }

    private string Word(string word)
    {
        if (vocabulary.Acronyms.Contains(word) || !VietnameseText.Fold(word).Any(c => "aeiouy".Contains(c))) return word;
        return word[..1] + word[1..].ToLowerInvariant();
    }
}
