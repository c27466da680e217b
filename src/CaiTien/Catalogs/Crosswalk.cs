using System.Text.Json.Nodes;

namespace CaiTien.Catalogs;

/// <summary>The proposed criterion correspondence between two frameworks, read from
/// Catalogs/Data/crosswalk-2018-tt57.json. A proposal the principal confirms or corrects.</summary>
public sealed class Crosswalk
{
    private static readonly Lazy<Crosswalk> Embedded = new(() => Load());

    public Crosswalk(IReadOnlyList<CrosswalkTable> tables, EvidenceCodeFormat evidenceCodeFormat, bool verified)
    {
        Tables = tables;
        EvidenceCodeFormat = evidenceCodeFormat;
        Verified = verified;
    }

    public static Crosswalk Default => Embedded.Value;

    public IReadOnlyList<CrosswalkTable> Tables { get; }

    public EvidenceCodeFormat EvidenceCodeFormat { get; }

    public bool Verified { get; }

    /// <summary>The table for a source framework ("tt17-2018"), or null when it has none.</summary>
    public CrosswalkTable? From(string fromFrameworkId) =>
        Tables.FirstOrDefault(t => string.Equals(t.FromFrameworkId, fromFrameworkId, StringComparison.OrdinalIgnoreCase));

    public static Crosswalk Load(string fileName = "crosswalk-2018-tt57.json")
    {
        using var stream = FrameworkRegistry.OpenEmbeddedData(fileName);
        return Parse(JsonNode.Parse(stream)!);
    }

    public static Crosswalk Parse(JsonNode node)
    {
        var tables = node["tables"]!.AsArray().Select(t => new CrosswalkTable(
            t!["from"]!.GetValue<string>(),
            t["to"]!.GetValue<string>(),
            t["criteria"]!.AsArray().Select(e => new CrosswalkEntry(
                e!["from"]!.GetValue<string>(),
                e["to"]!.GetValue<string>(),
                (e["alternatives"] as JsonArray)?.Select(a => a!.GetValue<string>()).ToList() ?? [],
                e["confidence"]?.GetValue<string>() ?? "low",
                e["basis"]?.GetValue<string>() ?? "")).ToList())).ToList();
        var code = node["evidenceCode"];
        var format = new EvidenceCodeFormat(
            code?["to"]?.GetValue<string>() ?? "MC.{criterion}.{serial}",
            code?["serialDigits"]?.GetValue<int>() ?? 2);
        return new Crosswalk(tables, format, node["verified"]?.GetValue<bool>() ?? false);
    }
}

/// <summary>How a converted evidence code is written: a template with {criterion} and {serial}, and the
/// number of digits of the serial.</summary>
public sealed record EvidenceCodeFormat(string Template, int SerialDigits)
{
    public int MaxSerial => (int)Math.Pow(10, SerialDigits) - 1;

    public string Write(string criterionCode, int serial) =>
        Template.Replace("{criterion}", criterionCode).Replace("{serial}", serial.ToString(new string('0', SerialDigits)));
}

/// <summary>One proposal: 2018 criterion <see cref="From"/> now belongs to <see cref="To"/>; <see cref="Alternatives"/>
/// are other criteria covering part of it. Confidence is "high", "medium" or "low".</summary>
public sealed record CrosswalkEntry(string From, string To, IReadOnlyList<string> Alternatives, string Confidence, string Basis);

/// <summary>The proposals from one framework to another (e.g. tt17-2018 → tt57-2026-general).</summary>
public sealed class CrosswalkTable
{
    private readonly Dictionary<string, CrosswalkEntry> _byFrom;

    public CrosswalkTable(string fromFrameworkId, string toFrameworkId, IReadOnlyList<CrosswalkEntry> entries)
    {
        FromFrameworkId = fromFrameworkId;
        ToFrameworkId = toFrameworkId;
        Entries = entries;
        _byFrom = new Dictionary<string, CrosswalkEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) _byFrom[entry.From] = entry;
    }

    public string FromFrameworkId { get; }

    public string ToFrameworkId { get; }

    public IReadOnlyList<CrosswalkEntry> Entries { get; }

    public CrosswalkEntry? Find(string fromCriterionCode) => _byFrom.GetValueOrDefault(fromCriterionCode);

    /// <summary>The proposed target criterion code, or null when the source criterion is not in the table.</summary>
    public string? Propose(string fromCriterionCode) => Find(fromCriterionCode)?.To;

    /// <summary>A copy where the principal's choice replaces the proposal for one criterion.</summary>
    public CrosswalkTable WithCorrection(string fromCriterionCode, string toCriterionCode)
    {
        var existing = Find(fromCriterionCode) ?? throw new ArgumentException($"Tiêu chí {fromCriterionCode} không có trong bảng đối chiếu.", nameof(fromCriterionCode));
        var corrected = existing with { To = toCriterionCode, Confidence = "confirmed", Basis = "Hiệu trưởng xác nhận." };
        return new CrosswalkTable(FromFrameworkId, ToFrameworkId, Entries.Select(e => e.From == fromCriterionCode ? corrected : e).ToList());
    }
}
