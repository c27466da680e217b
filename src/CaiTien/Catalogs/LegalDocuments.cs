using System.Text;
using System.Text.Json.Nodes;
using CaiTien.Documents.Interchange;

namespace CaiTien.Catalogs;

/// <summary>One legal document schools cite as a basis (căn cứ): its number, date, title, the school levels it
/// governs and what replaced it, with how sure the catalog is about it.</summary>
public sealed record LegalDocument(
    string Number,
    string Kind,
    string Issuer,
    DateOnly? Date,
    string Title,
    IReadOnlyList<string> Levels,
    string? SupersededBy,
    string? ObsoleteFromSchoolYear,
    string? Note,
    string Confidence,
    string SupersessionConfidence)
{
    public bool AppliesToLevel(string schoolLevel) => Levels.Contains("all") || Levels.Contains(schoolLevel);

    /// <summary>Titles whose wording the catalog does not vouch for are not used to judge a school's citation.</summary>
    public bool TitleIsReliable => !Confidence.StartsWith("unverified", StringComparison.OrdinalIgnoreCase);

    public static string LevelNames(IEnumerable<string> levels) =>
        string.Join(", ", levels.Select(l => l == "all" ? "mọi cấp học" : SchoolLevels.DisplayName(l).ToLowerInvariant()));
}

/// <summary>The legal documents catalog (Catalogs/Data/legal-documents.json, embedded). Numbers are compared by a key
/// that ignores spacing, case, "&amp;" and diacritics, so "QĐ-BGD&amp;ĐT" finds "QĐ-BGDĐT".</summary>
public sealed class LegalDocumentCatalog
{
    private readonly Dictionary<string, LegalDocument> _byKey;

    public LegalDocumentCatalog(IEnumerable<LegalDocument> documents)
    {
        All = documents.ToList();
        _byKey = new Dictionary<string, LegalDocument>();
        foreach (var d in All) _byKey.TryAdd(NumberKey(d.Number), d);
    }

    public IReadOnlyList<LegalDocument> All { get; }

    public LegalDocument? Find(string? number) => number is null ? null : _byKey.GetValueOrDefault(NumberKey(number));

    private static readonly Lazy<LegalDocumentCatalog> Embedded = new(() =>
    {
        using var stream = FrameworkRegistry.OpenEmbeddedData("legal-documents.json");
        return Parse(JsonNode.Parse(stream)!);
    });

    public static LegalDocumentCatalog Default => Embedded.Value;

    public static LegalDocumentCatalog Parse(JsonNode root)
    {
        var documents = new List<LegalDocument>();
        foreach (var node in root["documents"]!.AsArray())
        {
            var n = node!;
            var confidence = n["confidence"]?.GetValue<string>() ?? "unverified";
            documents.Add(new LegalDocument(
                n["number"]!.GetValue<string>(),
                n["kind"]?.GetValue<string>() ?? "",
                n["issuer"]?.GetValue<string>() ?? "",
                n["date"]?.GetValue<string>() is { } date ? DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : null,
                n["title"]?.GetValue<string>() ?? "",
                (n["levels"] as JsonArray)?.Select(l => l!.GetValue<string>()).ToList() ?? ["all"],
                n["supersededBy"]?.GetValue<string>(),
                n["obsoleteFromSchoolYear"]?.GetValue<string>(),
                n["note"]?.GetValue<string>(),
                confidence,
                n["supersessionConfidence"]?.GetValue<string>() ?? confidence));
        }
        return new LegalDocumentCatalog(documents);
    }

    /// <summary>"17/2018/TT-BGD&amp;ĐT" → "17/2018/TT-BGDDT".</summary>
    public static string NumberKey(string number)
    {
        var sb = new StringBuilder(number.Length);
        foreach (var ch in number.Normalize(NormalizationForm.FormD))
        {
            if (char.IsWhiteSpace(ch) || ch == '&') continue;
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch is 'đ' or 'Đ' ? 'D' : char.ToUpperInvariant(ch));
        }
        var key = sb.ToString();
        var firstNonZero = 0;
        while (firstNonZero < key.Length - 1 && key[firstNonZero] == '0' && char.IsDigit(key[firstNonZero + 1])) firstNonZero++;
        return key[firstNonZero..];
    }
}
