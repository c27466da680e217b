namespace CaiTien.Catalogs;

/// <summary>One accreditation framework (a circular's standards and criteria), loaded from a data file.</summary>
public sealed record Framework(
    string Id,
    string Circular,
    string Title,
    string Regime,
    bool Verified,
    IReadOnlyList<string> SchoolLevels,
    IReadOnlyList<Standard> Standards,
    FrameworkEngine Engine,
    IReadOnlyList<PlanColumnSpec> PlanColumns,
    string? StatusSummary,
    CaiTien.Documents.Reports.ReportLayout? Report = null)
{
    private readonly Dictionary<string, Criterion> _byCode = Standards.SelectMany(s => s.Criteria).ToDictionary(c => c.Code);

    public IEnumerable<Criterion> Criteria => Standards.SelectMany(s => s.Criteria);

    public Criterion? FindCriterion(string code) => _byCode.GetValueOrDefault(code);

    public Standard? FindStandard(int number) => Standards.FirstOrDefault(s => s.Number == number);

    public int MaxLevel => Engine.MaxLevel;
}

public sealed record Standard(int Number, string Title, IReadOnlyList<Criterion> Criteria);

public sealed record Criterion(
    string Code,
    string Title,
    int StandardNumber,
    bool Mandatory,
    IReadOnlyDictionary<int, IReadOnlyList<Requirement>> Levels,
    IReadOnlyList<string> TitleVariants)
{
    public bool HasLevel(int level) => Levels.ContainsKey(level) && Levels[level].Count > 0;

    public int HighestLevel => Levels.Where(l => l.Value.Count > 0).Select(l => l.Key).DefaultIfEmpty(0).Max();
}

/// <summary>One requirement (chỉ báo / yêu cầu) of a level, keyed "a", "b"… or "1" when unlettered.</summary>
public sealed record Requirement(string Key, string Text);

public sealed record FrameworkEngine(
    int MaxLevel,
    IReadOnlyList<SchoolLevelRule> SchoolLevels,
    CouncilRule Council,
    string? EvidenceCodePattern,
    string? EvidenceCodeExample,
    string? Note);

public sealed record SchoolLevelRule(int Level, IReadOnlyList<LevelCondition> Conditions);

/// <summary>Scope: "all", "mandatory", "optional" or "hasLevel:N"; AtLeast null means every criterion in scope.</summary>
public sealed record LevelCondition(string Scope, int MinLevel, int? AtLeast);

public sealed record CouncilRule(int MinMembers, bool OddMembers, bool RequiresChair, bool RequiresSecretary);

/// <summary>One column of a framework's plan table ("Biểu"): the plan fields it shows, and optionally its printed
/// header and relative width. A bare field key in the data gives a spec with only the field.</summary>
public sealed record PlanColumnSpec(IReadOnlyList<string> Fields, string? Header, double? Width);
