using System.Globalization;
using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;

namespace CaiTien.SelfAssessments.Engine;

/// <summary>A school's self-assessment computed from its requirement ratings.</summary>
public sealed record AssessmentResult(
    Framework Framework,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<StandardResult> Standards,
    IReadOnlyList<LevelTally> LevelCounts,
    IReadOnlyList<RuleOutcome> Rules,
    int SchoolLevel)
{
    /// <summary>The tally of one level (1-based), e.g. CountAt(3) → 05/19 for a TT17 school.</summary>
    public LevelTally CountAt(int level) => LevelCounts[level - 1];

    public CriterionResult? Find(string criterionCode)
    {
        var index = CompiledFramework.For(Framework).IndexOf(criterionCode);
        return index < 0 ? null : Criteria[index];
    }

    /// <summary>"Đạt Mức 2"; a standard at level 0 is "Chưa đánh giá" while one of its criteria is, else "Không đạt".</summary>
    public string StandardText(StandardResult standard) =>
        standard.Level > 0 ? $"Đạt Mức {standard.Level}"
        : Criteria.Any(c => c.StandardNumber == standard.Number && c.Level == 0 && c.Pending) ? "Chưa đánh giá" : "Không đạt";

    /// <summary>"Mức 1", or "Chưa đạt Mức 1" when no level rule holds.</summary>
    public string SchoolLevelText => SchoolLevel == 0 ? "Chưa đạt Mức 1" : $"Mức {SchoolLevel}";

    /// <summary>The counts in the interchange shape plans use (criteriaAtLevel, schoolLevel).</summary>
    public SelfAssessmentSummary ToSummary(string? year) => new()
    {
        Year = year,
        SchoolLevel = SchoolLevel,
        CriteriaAtLevel = LevelCounts.ToDictionary(
            t => t.Level.ToString(CultureInfo.InvariantCulture),
            t => new LevelCount { Met = t.Met, NotMet = t.NotMet, Total = t.Total, MetPercentText = t.PercentText, NotMetPercentText = t.NotMetPercentText }),
    };
}

/// <summary>One criterion's computed level: 0 = Không đạt (its Mức 1 is not fully met). <see cref="Pending"/>: level 0
/// only because some Mức 1 requirement is not rated yet (none is rated không đạt), so it is "Chưa đánh giá".</summary>
public sealed record CriterionResult(
    string Code,
    int StandardNumber,
    bool Mandatory,
    int Level,
    int HighestLevel,
    int RatedRequirements,
    int TotalRequirements,
    bool Pending = false)
{
    public bool IsFullyRated => RatedRequirements == TotalRequirements;

    public string LevelText => Level > 0 ? $"Mức {Level}" : Pending ? "Chưa đánh giá" : "Không đạt";

    /// <summary>"Đạt Mức 2", "Không đạt" or "Chưa đánh giá", as the report's "Kết quả" line.</summary>
    public string VerdictText => Level > 0 ? $"Đạt Mức {Level}" : LevelText;
}

/// <summary>A standard's criteria tallied per level. <see cref="Level"/> is the highest N at which every
/// criterion of the standard reaches N, or its own highest level when it has no Mức N.</summary>
public sealed record StandardResult(int Number, string Title, int Level, IReadOnlyList<LevelTally> LevelCounts);

/// <summary>How many of the criteria that have a level reach it. The denominator is only the criteria with
/// requirements at that level, hence "05/19" for Mức 3 under TT17.</summary>
public readonly record struct LevelTally(int Level, int Met, int Total)
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public int NotMet => Total - Met;

    public double Percent => Total == 0 ? 0 : Met * 100.0 / Total;

    public double NotMetPercent => Total == 0 ? 0 : NotMet * 100.0 / Total;

    /// <summary>"20/27", with two digits as schools write it ("05/19").</summary>
    public string RatioText => $"{Met:00}/{Total:00}";

    /// <summary>"74,07%".</summary>
    public string PercentText => FormatPercent(Percent);

    public string NotMetPercentText => FormatPercent(NotMetPercent);

    private static string FormatPercent(double value) => Math.Round(value, 2).ToString("0.##", Vietnamese) + "%";
}

/// <summary>Whether one school-level rule holds, with the numbers behind each condition (for the summary page).</summary>
public sealed record RuleOutcome(int Level, bool Satisfied, IReadOnlyList<ConditionOutcome> Conditions);

public sealed record ConditionOutcome(LevelCondition Condition, int InScope, int Reached, int Required)
{
    public bool Satisfied => Reached >= Required;
}
