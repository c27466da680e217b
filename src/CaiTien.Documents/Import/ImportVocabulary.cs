using System.Reflection;
using System.Text.Json;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>The importer's word lists (column synonyms, school levels, frameworks, provinces…), kept as data in
/// Import/Data/import-vocabulary.json (embedded resource).</summary>
internal sealed class ImportVocabulary
{
    public required IReadOnlyList<ColumnSynonym> Columns { get; init; }
    public required IReadOnlyList<(string Level, string[] Contains)> SchoolLevels { get; init; }
    public required IReadOnlyDictionary<string, string> Frameworks { get; init; }

    /// <summary>Circulars that replace the per-level 2018 frameworks (TT57/2026); a plan citing one follows it.</summary>
    public required IReadOnlyList<string> LaterFrameworks { get; init; }
    public required IReadOnlyList<(string Upper, string Written)> SchoolNameLevelWords { get; init; }
    public required IReadOnlyList<(string Upper, string Written)> GoverningBodyPhrases { get; init; }
    public required IReadOnlySet<string> Acronyms { get; init; }
    public required IReadOnlyList<string> AdminUnits { get; init; }
    public required IReadOnlyList<string> DutyVerbs { get; init; }
    public required IReadOnlyList<string> LegalDocumentWords { get; init; }
    public required IReadOnlyList<(string Name, string[] Aliases)> Provinces { get; init; }

    public static ImportVocabulary Default { get; } = Load();

    /// <summary>The field a column header maps to, or null when no synonym matches.</summary>
    public string? FieldForHeader(string? header)
    {
        var folded = VietnameseText.Fold(header).Trim(' ', '.', ':', '*', '(', ')');
        if (folded.Length == 0) return null;
        foreach (var synonym in Columns)
        {
            if (synonym.Exact.Contains(folded)) return synonym.Field;
            foreach (var word in synonym.Contains)
                if (folded.Contains(word, StringComparison.Ordinal)) return synonym.Field;
        }
        return null;
    }

    public string? LevelOfSchoolName(string? name)
    {
        var folded = VietnameseText.Fold(name);
        foreach (var (level, words) in SchoolLevels)
            if (words.Any(w => folded.Contains(w, StringComparison.Ordinal))) return level;
        return null;
    }

    private static ImportVocabulary Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("import-vocabulary.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        static string[] Strings(JsonElement e, string property) =>
            e.TryGetProperty(property, out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        static List<(string, string)> Pairs(JsonElement e) =>
            e.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
        return new ImportVocabulary
        {
            Columns = root.GetProperty("columns").EnumerateArray()
                .Select(c => new ColumnSynonym(c.GetProperty("field").GetString()!, Strings(c, "contains"), [.. Strings(c, "exact")]))
                .ToList(),
            SchoolLevels = root.GetProperty("schoolLevels").EnumerateArray()
                .Select(l => (l.GetProperty("level").GetString()!, Strings(l, "contains"))).ToList(),
            Frameworks = root.GetProperty("frameworks").EnumerateArray()
                .ToDictionary(f => f.GetProperty("level").GetString()!, f => f.GetProperty("circular").GetString()!),
            LaterFrameworks = Strings(root, "laterFrameworks"),
            SchoolNameLevelWords = Pairs(root.GetProperty("schoolNameLevelWords")),
            GoverningBodyPhrases = Pairs(root.GetProperty("governingBodyPhrases")),
            Acronyms = Strings(root, "acronyms").ToHashSet(StringComparer.Ordinal),
            AdminUnits = Strings(root, "adminUnits"),
            DutyVerbs = Strings(root, "dutyVerbs"),
            LegalDocumentWords = Strings(root, "legalDocumentWords"),
            Provinces = root.GetProperty("provinces").EnumerateArray()
                .Select(p => (p.GetProperty("name").GetString()!, Strings(p, "aliases") is { Length: > 0 } a ? a : [p.GetProperty("name").GetString()!.ToLowerInvariant()]))
                .ToList(),
        };
    }
}

internal sealed record ColumnSynonym(string Field, string[] Contains, HashSet<string> Exact);
