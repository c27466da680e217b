using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Reads "Tổ chức thực hiện": roles (lines marked "*", "1.", "a)") and their duties (lines marked "-",
/// "+" or unmarked). A role line that runs straight into its duties is split where the duty begins.</summary>
internal sealed class OrganizationReader(ImportVocabulary vocabulary)
{
    public List<OrganizationRole> Read(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Select(VietnameseText.CollapseSpaces).Where(l => l.Length > 0).TakeWhile(l => !IsClosing(l)).ToList();
        var hasRoleMarkers = lines.Any(IsRoleMarked) || lines.Any(IsColonRole);
        // Once roles are numbered ("1. Hiệu trưởng"), an unnumbered "Tổ trưởng:" line is a duty heading inside a role.
        var numbered = lines.Any(ListItems.HasNumberMarker);
        var roles = new List<(string Role, List<string> Duties)>();
        foreach (var line in lines)
        {
            var isRole = hasRoleMarkers ? IsRoleMarked(line) || (!numbered && IsColonRole(line)) : ListItems.SymbolMarker(line) == '-';
            if (isRole)
            {
                var (role, duties) = SplitRunIn(ListItems.StripMarker(line));
                roles.Add((role.TrimEnd('.', ':', ';').Trim(), duties));
                continue;
            }
            if (roles.Count == 0) continue;
            var duties2 = roles[^1].Duties;
            if (duties2.Count > 0 && !ListItems.HasMarker(line) && VietnameseText.StartsLowercase(line))
                duties2[^1] = VietnameseText.JoinLines([duties2[^1], line]);
            else if (ListItems.StripMarker(line) is { Length: > 0 } duty)
                duties2.Add(duty);
        }
        return roles.Select(r => new OrganizationRole { Role = r.Role, Duties = r.Duties }).ToList();
    }

    private static bool IsClosing(string line)
    {
        var folded = VietnameseText.Fold(line);
        return folded.StartsWith("tren day la", StringComparison.Ordinal) || folded.StartsWith("noi nhan", StringComparison.Ordinal);
    }

    /// <summary>"Hiệu trưởng:" on its own line names a role even without a marker.</summary>
    private static bool IsColonRole(string line) =>
        line.EndsWith(':') && line.Length <= 120 && ListItems.SymbolMarker(line) is null or '*';

    private bool IsRoleMarked(string line) => ListItems.SymbolMarker(line) == '*' || ListItems.HasNumberMarker(line);

    /// <summary>"Hiệu trưởng, Chủ tịch HĐ Hiệu trưởng, Chủ tịch HĐ chịu trách nhiệm…" (the role repeated) or
    /// "Các thành viên … Triển khai …" (a capitalised duty verb after a lowercase word) start the duties.</summary>
    internal (string Role, List<string> Duties) SplitRunIn(string text)
    {
        for (var i = 8; i < text.Length / 2 + 1; i++)
        {
            if (text[i] != ' ') continue;
            var prefix = text[..i];
            if (text.AsSpan(i + 1).StartsWith(prefix + " ", StringComparison.Ordinal))
                return (prefix.TrimEnd('.', ':'), [text[(i + 1)..]]);
        }
        var boundaries = DutyBoundaries(text);
        if (boundaries.Count == 0) return (text, []);
        var role = text[..boundaries[0]].Trim().TrimEnd('.', ':', ',');
        var duties = new List<string>();
        for (var b = 0; b < boundaries.Count; b++)
        {
            var end = b + 1 < boundaries.Count ? boundaries[b + 1] : text.Length;
            duties.Add(text[boundaries[b]..end].Trim());
        }
        return (role, duties);
    }

    private List<int> DutyBoundaries(string text)
    {
        var result = new List<int>();
        foreach (var verb in vocabulary.DutyVerbs)
        {
            var from = 0;
            while ((from = text.IndexOf(" " + verb + " ", from, StringComparison.Ordinal)) > 0)
            {
                var before = text[..from].TrimEnd();
                var lastWord = before[(before.LastIndexOf(' ') + 1)..];
                if (lastWord.Length > 0 && char.IsLower(lastWord[0]) && char.IsLetter(lastWord[^1]))
                    result.Add(from + 1);
                from += verb.Length + 1;
            }
        }
        result.Sort();
        return result;
    }
}
