using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Schools;

/// <summary>A school's improvement plans by school year.</summary>
public sealed class HomeModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public sealed record SchoolView(int Id, string Name, string Code, string Level, string DistrictName);
    public sealed record PlanLine(int Id, string SchoolYear, PlanStatus Status, int Revision, string? DocumentNumber, DateOnly? IssuedOn, int Rows, long? Budget, bool Superseded = false);

    public SchoolView School { get; private set; } = null!;
    public IReadOnlyList<PlanLine> Plans { get; private set; } = [];
    public bool CanAuthor { get; private set; }
    public string? Message { get; private set; }
    public string SuggestedYear => SchoolYears.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task<IActionResult> OnPostCreateAsync(string year, CancellationToken ct)
    {
        var result = await CreatePlan.BlankAsync(db, Me, year?.Trim() ?? "", clock, ct);
        if (result.PlanId is { } id) return Redirect($"/ke-hoach/{id}/soan");
        var page = await OnGetAsync(null, ct);
        Message = result.Error;
        return page;
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var schoolId = id ?? Me.SchoolId;
        if (schoolId is null) return Redirect("/phong");
        var school = await db.Schools.VisibleTo(Me).Where(s => s.Id == schoolId)
            .Select(s => new SchoolView(s.Id, s.Name, s.Code, s.Level, s.District!.Name)).FirstOrDefaultAsync(ct);
        if (school is null) return NotFound();
        School = school;
        Plans = await db.Plans.VisibleTo(Me).Where(p => p.SchoolId == school.Id)
            .OrderByDescending(p => p.SchoolYear).ThenByDescending(p => p.Revision)
            .Select(p => new PlanLine(p.Id, p.SchoolYear, p.Status, p.Revision, p.DocumentNumber, p.IssuedOn,
                p.Items.Count, p.Items.Sum(i => i.BudgetVnd),
                db.Plans.Any(n => n.PreviousRevisionId == p.Id && n.Status == PlanStatus.Issued)))
            .ToListAsync(ct);
        CanAuthor = Me.CanAuthorPlans && Me.SchoolId == school.Id;
        return Page();
    }
}
