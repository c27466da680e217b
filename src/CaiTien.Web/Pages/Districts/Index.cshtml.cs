using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Districts;

/// <summary>The schools a district (or province, or admin) oversees, with their plans.</summary>
public sealed class IndexModel(CaiTienDb db) : AppPageModel
{
    public sealed record DistrictLine(int Id, string Name, string OfficeName, string ProvinceName, int Schools);
    public sealed record SchoolLine(int Id, string Code, string Name, string Level, IReadOnlyList<PlanLine> Plans);
    public sealed record PlanLine(int Id, string SchoolYear, PlanStatus Status, int Rows);

    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    public IReadOnlyList<DistrictLine> Districts { get; private set; } = [];
    public DistrictLine? Current { get; private set; }
    public IReadOnlyList<SchoolLine> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Me.IsSchoolUser) return Redirect("/truong");
        Districts = await db.Districts.VisibleTo(Me).OrderBy(d => d.Name)
            .Select(d => new DistrictLine(d.Id, d.Name, d.OfficeName, d.Province!.Name, d.Schools.Count)).ToListAsync(ct);
        if (District is null && Districts.Count > 1 && Me.IsDistrictOfficer) District = Me.DistrictId;
        var districtId = District ?? (Districts.Count == 1 ? Districts[0].Id : null);
        if (districtId is null) return Page();
        Current = Districts.FirstOrDefault(d => d.Id == districtId);
        if (Current is null) return NotFound();
        var schools = await db.Schools.VisibleTo(Me).Where(s => s.DistrictId == districtId || s.Supervisions.Any(x => x.DistrictId == districtId)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Code, s.Name, s.Level }).ToListAsync(ct);
        var plans = await db.Plans.VisibleTo(Me).SupervisedBy(districtId.Value)
            .OrderByDescending(p => p.SchoolYear)
            .Select(p => new { p.SchoolId, Line = new PlanLine(p.Id, p.SchoolYear, p.Status, p.Items.Count) }).ToListAsync(ct);
        var bySchool = plans.ToLookup(p => p.SchoolId, p => p.Line);
        Schools = schools.Select(s => new SchoolLine(s.Id, s.Code, s.Name, s.Level, bySchool[s.Id].ToList())).ToList();
        return Page();
    }
}
