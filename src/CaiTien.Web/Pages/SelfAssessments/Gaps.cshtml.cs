using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>Khoảng cách đến mức tiếp theo: blocking criteria (mandatory first) and what-if results from the level engine.</summary>
public sealed class GapsModel(CaiTienDb db) : AppPageModel
{
    public string Year { get; private set; } = "";
    public WhatIf.Board? Board { get; private set; }

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return NotFound();
        Year = year;
        var ratings = await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey, r.Met }).ToListAsync(ct);
        Board = WhatIf.Compute(AssessmentAccess.FrameworkOf(assessment),
            ratings.Select(r => new RequirementRating(r.CriterionCode, r.Level, r.RequirementKey, r.Met)).ToList());
        return Page();
    }
}
