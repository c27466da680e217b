using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;

namespace CaiTien.Catalogs;

/// <summary>All frameworks the app knows, read from the catalog data files embedded in this assembly
/// (Catalogs/Data/*.json). Adding a framework is adding a file; nothing here names a circular.</summary>
public sealed partial class FrameworkRegistry
{
    private readonly Dictionary<string, Framework> _byId;
    private readonly Dictionary<string, Framework> _byCircular;

    public FrameworkRegistry(IEnumerable<Framework> frameworks)
    {
        All = frameworks.OrderBy(f => f.Regime).ThenBy(f => f.Circular).ToList();
        _byId = All.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        // One circular can have several frameworks (TT57/2026 has one appendix per kind of school), so a
        // lookup by circular number gives the first; use Find(id) or ForLevel for a specific appendix.
        _byCircular = new Dictionary<string, Framework>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in All) _byCircular.TryAdd(framework.Circular, framework);
    }

    public IReadOnlyList<Framework> All { get; }

    public Framework? Find(string? idOrCircular) =>
        idOrCircular is null ? null : _byId.GetValueOrDefault(idOrCircular) ?? _byCircular.GetValueOrDefault(idOrCircular);

    /// <summary>A circular with several appendices (TT57: mầm non, phổ thông, GDTX) resolves to the appendix that
    /// covers the school level; an id or a single-appendix circular resolves as <see cref="Find(string?)"/>.</summary>
    public Framework? Find(string? idOrCircular, string? schoolLevel)
    {
        if (idOrCircular is null) return null;
        if (_byId.TryGetValue(idOrCircular, out var byId)) return byId;
        var matches = All.Where(f => string.Equals(f.Circular, idOrCircular, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.FirstOrDefault(f => schoolLevel is not null && f.SchoolLevels.Contains(schoolLevel)) ?? matches.FirstOrDefault();
    }

    public Framework Get(string idOrCircular) =>
        Find(idOrCircular) ?? throw new KeyNotFoundException($"Unknown framework '{idOrCircular}'.");

    /// <summary>The framework of a regime that covers a school level, e.g. ("2018", "primary") → TT17.</summary>
    public Framework? ForLevel(string schoolLevel, string regime) =>
        All.FirstOrDefault(f => f.Regime == regime && f.SchoolLevels.Contains(schoolLevel));

    private static readonly Lazy<FrameworkRegistry> Embedded = new(LoadEmbedded);

    public static FrameworkRegistry Default => Embedded.Value;

    private static FrameworkRegistry LoadEmbedded()
    {
        var asm = typeof(FrameworkRegistry).Assembly;
        var frameworks = new List<Framework>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("catalogs/", StringComparison.Ordinal)).Order())
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            var node = JsonNode.Parse(stream)!;
            if (node["standards"] is not null) frameworks.Add(Parse(node));
        }
        return new FrameworkRegistry(frameworks);
    }

    public static Stream OpenEmbeddedData(string fileName) =>
        typeof(FrameworkRegistry).Assembly.GetManifestResourceStream("catalogs/" + fileName)
        ?? throw new FileNotFoundException(fileName);

    public static Framework Parse(JsonNode node)
    {
        var mandatory = (node["engine"]?["mandatoryCriteria"] as JsonArray)?.Select(x => x!.GetValue<string>()).ToHashSet() ?? [];
        var standards = new List<Standard>();
        foreach (var s in node["standards"]!.AsArray())
        {
            var number = s!["number"]!.GetValue<int>();
            var criteria = new List<Criterion>();
            foreach (var c in s["criteria"]!.AsArray())
            {
                var code = c!["code"]!.GetValue<string>();
                var levels = new Dictionary<int, IReadOnlyList<Requirement>>();
                foreach (var (key, value) in c["levels"]!.AsObject())
                {
                    if (!int.TryParse(key, out var level) || value is not JsonArray arr) continue;
                    levels[level] = arr.Select((t, i) => ToRequirement(t!.GetValue<string>(), i)).ToList();
                }
                var variants = (c["titleVariants"] as JsonArray)?.Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var str) ? str : v!["title"]?.GetValue<string>() ?? "").Where(v => v.Length > 0).ToList() ?? [];
                var isMandatory = c["mandatory"]?.GetValue<bool>() ?? mandatory.Contains(code);
                criteria.Add(new Criterion(code, c["title"]!.GetValue<string>(), number, isMandatory, levels, variants));
            }
            standards.Add(new Standard(number, s["title"]!.GetValue<string>(), criteria));
        }
        var levelIds = (node["schoolLevelIds"] ?? node["schoolLevels"])!.AsArray().Select(x => NormalizeLevel(x!.GetValue<string>())).ToList();
        return new Framework(
            node["id"]?.GetValue<string>() ?? node["circular"]!.GetValue<string>(),
            node["circular"]!.GetValue<string>(),
            node["title"]?.GetValue<string>() ?? "",
            node["regime"]?.GetValue<string>() ?? "2018",
            node["verified"]?.GetValue<bool>() ?? false,
            levelIds,
            standards,
            ParseEngine(node["engine"]),
            (node["planColumns"] as JsonArray)?.Select(ParseColumn).ToList() ?? [],
            node["status"]?["summary"]?.GetValue<string>(),
            ReportLayoutReader.Read(node["report"]));
    }

    private static PlanColumnSpec ParseColumn(JsonNode? column) => column switch
    {
        JsonValue v => new PlanColumnSpec([v.GetValue<string>()], null, null),
        JsonObject o => new PlanColumnSpec(o["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList(),
            o["header"]?.GetValue<string>(), o["width"]?.GetValue<double>()),
        _ => throw new InvalidDataException("planColumns entries are field keys or {fields, header, width} objects."),
    };

    private static FrameworkEngine ParseEngine(JsonNode? engine)
    {
        if (engine is null) return new FrameworkEngine(3, [], new CouncilRule(5, false, true, true), null, null, null);
        var rules = engine["schoolLevels"]!.AsArray().Select(r => new SchoolLevelRule(
            r!["level"]!.GetValue<int>(),
            r["conditions"]!.AsArray().Select(c => new LevelCondition(
                c!["scope"]!.GetValue<string>(), c["minLevel"]!.GetValue<int>(), c["atLeast"]?.GetValue<int>())).ToList())).ToList();
        var council = engine["council"] is { } cn
            ? new CouncilRule(cn["minMembers"]?.GetValue<int>() ?? 0, cn["oddMembers"]?.GetValue<bool>() ?? false,
                cn["requiresChair"]?.GetValue<bool>() ?? true, cn["requiresSecretary"]?.GetValue<bool>() ?? true)
            : new CouncilRule(0, false, true, true);
        return new FrameworkEngine(engine["maxLevel"]!.GetValue<int>(), rules, council,
            engine["evidenceCode"]?["pattern"]?.GetValue<string>(), engine["evidenceCode"]?["example"]?.GetValue<string>(),
            engine["note"]?.GetValue<string>());
    }

    private static Requirement ToRequirement(string text, int index)
    {
        var m = RequirementKey().Match(text);
        return new Requirement(m.Success ? m.Groups[1].Value : (index + 1).ToString(), text);
    }

    private static string NormalizeLevel(string level) => level switch
    {
        "lower-secondary" => SchoolLevels.LowerSecondary,
        "upper-secondary" => SchoolLevels.UpperSecondary,
        "multi-level" => SchoolLevels.MultiLevel,
        _ => level,
    };

    [GeneratedRegex(@"^([a-zđ])\)\s")]
    private static partial Regex RequirementKey();
}
