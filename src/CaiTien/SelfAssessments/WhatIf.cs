using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.SelfAssessments;

/// <summary>The gap board: which criteria keep the school below its next level (mandatory ones first, as TT57 requires
/// them), and "if criterion X reached level N, the school would be at level …", computed by the same level engine on the
/// school's ratings with that criterion's requirements up to level N set to đạt.</summary>
public static class WhatIf
{
    public sealed record Scenario(string Criterion, int TargetLevel, int SchoolLevel, bool RaisesSchool);

    public sealed record Board(AssessmentResult Current, int NextLevel, IReadOnlyList<CriterionResult> Blocking, IReadOnlyList<Scenario> Scenarios);

    public static Board Compute(Framework framework, IReadOnlyList<RequirementRating> ratings)
    {
        var current = LevelEngine.Evaluate(framework, ratings);
        var next = EvaluateAssessment.NextSchoolLevel(current);
        var order = framework.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var blocking = current.Criteria
            .Where(c => c.Level < Math.Min(next, c.HighestLevel))
            .OrderByDescending(c => c.Mandatory).ThenBy(c => order[c.Code])
            .ToList();
        var scenarios = new List<Scenario>();
        foreach (var c in current.Criteria.OrderByDescending(c => c.Mandatory).ThenBy(c => order[c.Code]))
            for (var level = c.Level + 1; level <= c.HighestLevel; level++)
            {
                var school = SchoolLevelIf(framework, ratings, c.Code, level);
                scenarios.Add(new Scenario(c.Code, level, school, school > current.SchoolLevel));
            }
        return new Board(current, next, blocking, scenarios);
    }

    /// <summary>The school level if <paramref name="criterion"/> met every requirement up to <paramref name="level"/>.</summary>
    public static int SchoolLevelIf(Framework framework, IReadOnlyList<RequirementRating> ratings, string criterion, int level)
    {
        var sheet = new RatingSheet(framework, ratings);
        var c = framework.FindCriterion(criterion) ?? throw new ArgumentException($"Unknown criterion {criterion}.", nameof(criterion));
        foreach (var (l, requirements) in c.Levels.Where(l => l.Key <= level))
            foreach (var r in requirements) sheet.Set(new RequirementRating(criterion, l, r.Key, true));
        return sheet.Evaluate().SchoolLevel;
    }
}
