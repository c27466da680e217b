using System.Runtime.CompilerServices;
using CaiTien.Catalogs;

namespace CaiTien.SelfAssessments.Engine;

/// <summary>A framework turned into arrays once, so that evaluating a school is a few loops over integers.
/// Each criterion's requirements become bits of one <see cref="ulong"/>; a criterion reaches level N when
/// its met bits cover <see cref="CompiledCriterion.CumulativeMasks"/>[N].</summary>
internal sealed class CompiledFramework
{
    private static readonly ConditionalWeakTable<Framework, CompiledFramework> Cache = new();

    private readonly Dictionary<string, int> _indexByCode;

    private CompiledFramework(Framework framework)
    {
        Framework = framework;
        MaxLevel = framework.Engine.MaxLevel;
        var standards = framework.Standards;
        StandardNumbers = new int[standards.Count];
        var criteria = new List<CompiledCriterion>();
        var standardRanges = new (int Start, int Count)[standards.Count];
        for (var s = 0; s < standards.Count; s++)
        {
            StandardNumbers[s] = standards[s].Number;
            standardRanges[s] = (criteria.Count, standards[s].Criteria.Count);
            foreach (var criterion in standards[s].Criteria) criteria.Add(CompiledCriterion.From(criterion, s, MaxLevel));
        }
        Criteria = criteria.ToArray();
        StandardRanges = standardRanges;
        _indexByCode = new Dictionary<string, int>(Criteria.Length, StringComparer.Ordinal);
        for (var i = 0; i < Criteria.Length; i++) _indexByCode[Criteria[i].Code] = i;

        CriteriaWithLevel = new int[MaxLevel + 1];
        foreach (var c in Criteria)
            for (var level = 1; level <= c.HighestLevel; level++) CriteriaWithLevel[level]++;

        Rules = framework.Engine.SchoolLevels
            .OrderBy(r => r.Level)
            .Select(r => new CompiledRule(r.Level, r.Conditions.Select(c => CompiledCondition.From(c, Criteria)).ToArray()))
            .ToArray();
    }

    public Framework Framework { get; }

    public int MaxLevel { get; }

    public CompiledCriterion[] Criteria { get; }

    public int[] StandardNumbers { get; }

    /// <summary>Per standard, the slice of <see cref="Criteria"/> that belongs to it.</summary>
    public (int Start, int Count)[] StandardRanges { get; }

    /// <summary>Index = level; how many criteria have requirements at that level (the ratio's denominator).</summary>
    public int[] CriteriaWithLevel { get; }

    public CompiledRule[] Rules { get; }

    public static CompiledFramework For(Framework framework) => Cache.GetValue(framework, f => new CompiledFramework(f));

    public int IndexOf(string criterionCode) => _indexByCode.GetValueOrDefault(criterionCode, -1);
}

internal sealed class CompiledCriterion
{
    private CompiledCriterion(string code, int standardIndex, bool mandatory, string[][] keysByLevel, int[] firstBitByLevel, ulong[] cumulativeMasks, int highestLevel)
    {
        Code = code;
        StandardIndex = standardIndex;
        Mandatory = mandatory;
        KeysByLevel = keysByLevel;
        FirstBitByLevel = firstBitByLevel;
        CumulativeMasks = cumulativeMasks;
        HighestLevel = highestLevel;
    }

    public string Code { get; }

    public int StandardIndex { get; }

    public bool Mandatory { get; }

    /// <summary>Index = level; the requirement keys of that level, empty when the criterion lacks it.</summary>
    public string[][] KeysByLevel { get; }

    public int[] FirstBitByLevel { get; }

    /// <summary>Index = level; the bits of every requirement of levels 1..N.</summary>
    public ulong[] CumulativeMasks { get; }

    /// <summary>The highest level N such that levels 1..N all have requirements (gaps end the ladder).</summary>
    public int HighestLevel { get; }

    public ulong AllBits => HighestLevel == 0 ? 0 : CumulativeMasks[HighestLevel];

    public static CompiledCriterion From(Criterion criterion, int standardIndex, int maxLevel)
    {
        var keys = new string[maxLevel + 1][];
        var firstBit = new int[maxLevel + 1];
        var masks = new ulong[maxLevel + 1];
        keys[0] = [];
        var bit = 0;
        var highest = 0;
        var ladderOpen = true;
        for (var level = 1; level <= maxLevel; level++)
        {
            var requirements = criterion.Levels.GetValueOrDefault(level) ?? [];
            keys[level] = requirements.Select(r => r.Key).ToArray();
            firstBit[level] = bit;
            bit += requirements.Count;
            if (bit > 64)
                throw new InvalidOperationException($"Criterion {criterion.Code} has more than 64 requirements; the engine packs them into 64 bits.");
            masks[level] = masks[level - 1] | (bit == 64 ? ulong.MaxValue : (1UL << bit) - 1);
            if (ladderOpen && requirements.Count > 0) highest = level;
            else ladderOpen = false;
        }
        return new CompiledCriterion(criterion.Code, standardIndex, criterion.Mandatory, keys, firstBit, masks, highest);
    }

    /// <summary>The bit of a requirement, or -1 when the level or key is not in the catalog.</summary>
    public int BitOf(int level, string key)
    {
        if (level < 1 || level >= KeysByLevel.Length) return -1;
        var keys = KeysByLevel[level];
        for (var i = 0; i < keys.Length; i++)
            if (string.Equals(keys[i], key, StringComparison.OrdinalIgnoreCase)) return FirstBitByLevel[level] + i;
        return -1;
    }

    public int LevelReached(ulong metBits)
    {
        var level = 0;
        while (level < HighestLevel && (metBits & CumulativeMasks[level + 1]) == CumulativeMasks[level + 1]) level++;
        return level;
    }
}

internal sealed record CompiledRule(int Level, CompiledCondition[] Conditions);

/// <summary>A rule condition with its scope resolved to criterion indexes. <c>Required</c> is the
/// number of criteria in scope that must reach <c>MinLevel</c> (every one when the data gives no atLeast;
/// an atLeast larger than the scope is kept, so such a rule can never hold rather than silently pass).</summary>
internal sealed record CompiledCondition(LevelCondition Source, int[] Members, int MinLevel, int Required)
{
    public static CompiledCondition From(LevelCondition condition, CompiledCriterion[] criteria)
    {
        var members = new List<int>();
        for (var i = 0; i < criteria.Length; i++)
            if (InScope(condition.Scope, criteria[i])) members.Add(i);
        var required = condition.AtLeast ?? members.Count;
        return new CompiledCondition(condition, members.ToArray(), condition.MinLevel, required);
    }

    private static bool InScope(string scope, CompiledCriterion criterion)
    {
        if (scope == "all") return true;
        if (scope == "mandatory") return criterion.Mandatory;
        if (scope == "optional") return !criterion.Mandatory;
        if (scope.StartsWith("hasLevel:", StringComparison.Ordinal) && int.TryParse(scope.AsSpan("hasLevel:".Length), out var level))
            return criterion.HighestLevel >= level;
        throw new InvalidOperationException($"Unknown level-rule scope '{scope}' (expected all, mandatory, optional or hasLevel:N).");
    }
}
