using CaiTien.Data;
using CaiTien.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Checking;

/// <summary>What the self-assessment of the plan's school and year says about each criterion, for the rules that keep the
/// report and the plan in agreement.</summary>
public sealed record AssessmentFacts(string SchoolYear, IReadOnlyDictionary<string, AssessmentFacts.CriterionFacts> Criteria)
{
    /// <param name="Rated">False while the criterion is "chưa đánh giá".</param>
    public sealed record CriterionFacts(bool Rated, int Level, int HighestLevel, string? Weakness);

    /// <summary>The assessment of the plan's school and year under the plan's framework, or null when there is none.</summary>
    public static async Task<AssessmentFacts?> ForPlanAsync(CaiTienDb db, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.SchoolId, p.SchoolYear, p.FrameworkId }).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var assessment = await db.SelfAssessments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.SchoolId == plan.SchoolId && a.SchoolYear == plan.SchoolYear && a.FrameworkId == plan.FrameworkId, ct);
        if (assessment is null) return null;
        var result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        var weaknesses = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == assessment.Id && r.Weaknesses != null)
            .ToDictionaryAsync(r => r.CriterionCode, r => r.Weaknesses, ct);
        return new AssessmentFacts(assessment.SchoolYear, result.Criteria.ToDictionary(c => c.Code,
            c => new CriterionFacts(!c.Pending || c.Level > 0, c.Level, c.HighestLevel, weaknesses.GetValueOrDefault(c.Code))));
    }
}
