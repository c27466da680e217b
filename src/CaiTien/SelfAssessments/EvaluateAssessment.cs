using CaiTien.Data;
using CaiTien.SelfAssessments.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>Reads an assessment's stored ratings and runs the level engine over them.</summary>
public static class EvaluateAssessment
{
    public static async Task<AssessmentResult> RunAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct = default)
    {
        var ratings = await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey, r.Met }).ToListAsync(ct);
        return LevelEngine.Evaluate(AssessmentAccess.FrameworkOf(assessment),
            ratings.Select(r => new RequirementRating(r.CriterionCode, r.Level, r.RequirementKey, r.Met)).ToList());
    }

    /// <summary>The level the school works towards next: one above its level, capped at the framework's top.</summary>
    public static int NextSchoolLevel(AssessmentResult result) => Math.Min(result.SchoolLevel + 1, result.Framework.MaxLevel);

    /// <summary>Rated criteria below the school's next level (or below their own top level when they stop
    /// earlier): CaiTien's suggestion of weak criteria for the plan. A criterion nobody has rated yet is not
    /// called weak.</summary>
    public static IReadOnlyList<CriterionResult> WeakCriteria(AssessmentResult result)
    {
        var next = NextSchoolLevel(result);
        return result.Criteria.Where(c => c.RatedRequirements > 0 && c.Level < Math.Min(next, c.HighestLevel)).ToList();
    }
}
