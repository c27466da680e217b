using CaiTien.Catalogs;

namespace CaiTien.SelfAssessments.Engine;

/// <summary>A school's ratings held as bits, for recomputing the whole school after each change without
/// re-reading every rating. Invalid ratings are refused and leave the sheet unchanged.</summary>
public sealed class RatingSheet
{
    private readonly CompiledFramework _compiled;
    private readonly ulong[] _met;
    private readonly ulong[] _rated;

    public RatingSheet(Framework framework, IEnumerable<RequirementRating>? ratings = null)
    {
        _compiled = CompiledFramework.For(framework);
        _met = new ulong[_compiled.Criteria.Length];
        _rated = new ulong[_compiled.Criteria.Length];
        if (ratings is null) return;
        foreach (var rating in ratings) Set(rating);
    }

    public Framework Framework => _compiled.Framework;

    /// <summary>Records a rating; returns the reason (in Vietnamese) when it is refused.</summary>
    public RatingCheck Set(RequirementRating rating)
    {
        var check = RatingValidator.Check(_compiled, rating);
        if (!check.IsValid) return check;
        var index = _compiled.IndexOf(rating.CriterionCode);
        var bit = _compiled.Criteria[index].BitOf(rating.Level, rating.RequirementKey);
        LevelEngine.Apply(ref _met[index], ref _rated[index], bit, rating.Met);
        return check;
    }

    /// <summary>Forgets a rating (the requirement becomes unrated, which counts as not met).</summary>
    public bool Clear(string criterionCode, int level, string requirementKey)
    {
        var index = _compiled.IndexOf(criterionCode);
        if (index < 0) return false;
        var bit = _compiled.Criteria[index].BitOf(level, requirementKey);
        if (bit < 0) return false;
        var mask = ~(1UL << bit);
        _met[index] &= mask;
        _rated[index] &= mask;
        return true;
    }

    public AssessmentResult Evaluate() => LevelEngine.Compute(_compiled, _met, _rated);
}
