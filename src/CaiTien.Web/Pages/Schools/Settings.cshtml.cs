using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Schools;

/// <summary>Staff list, satellite sites and the framework per school year of the user's own school.</summary>
public sealed class SettingsModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public sealed record YearFramework(string Year, Framework? Default, string? ChosenId);

    public School School { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<SchoolSite> Sites { get; private set; } = [];
    public IReadOnlyList<YearFramework> Years { get; private set; } = [];
    public IReadOnlyList<Framework> Options { get; private set; } = [];
    public bool CanManage => Me.Role == CaiTien.Accounts.Roles.Principal;
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Me.SchoolId is null) return NotFound();
        School = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == Me.SchoolId, ct);
        Staff = await db.Staff.AsNoTracking().Where(s => s.SchoolId == School.Id).OrderBy(s => s.FullName).ToListAsync(ct);
        Sites = await db.SchoolSites.AsNoTracking().Where(s => s.SchoolId == School.Id).OrderBy(s => s.Name).ToListAsync(ct);
        var choices = await db.FrameworkChoices.AsNoTracking().Where(c => c.SchoolId == School.Id && c.Level == School.Level).ToListAsync(ct);
        var current = SchoolYears.StartYear(SchoolYears.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
        Years = Enumerable.Range(current - 1, 3).Select(y => $"{y}-{y + 1}")
            .Select(y => new YearFramework(y, FrameworkRegistry.Default.ForLevel(School.Level, SchoolYears.DefaultRegime(y)), choices.FirstOrDefault(c => c.SchoolYear == y)?.FrameworkId))
            .ToList();
        Options = FrameworkRegistry.Default.All.Where(f => f.SchoolLevels.Contains(School.Level)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostAddStaffAsync(string? name, string? position, CancellationToken ct) =>
        After(ManageSchool.AddStaffAsync(db, Me, name, position, ct), ct);

    public Task<IActionResult> OnPostRemoveStaffAsync(int staffId, CancellationToken ct) =>
        After(ManageSchool.RemoveStaffAsync(db, Me, staffId, ct), ct);

    public Task<IActionResult> OnPostAddSiteAsync(string? name, string? address, CancellationToken ct) =>
        After(ManageSchool.AddSiteAsync(db, Me, name, address, ct), ct);

    public Task<IActionResult> OnPostRemoveSiteAsync(int siteId, CancellationToken ct) =>
        After(ManageSchool.RemoveSiteAsync(db, Me, siteId, ct), ct);

    public Task<IActionResult> OnPostFrameworkAsync(string year, string? frameworkId, CancellationToken ct) =>
        After(ManageSchool.ChooseFrameworkAsync(db, Me, year, frameworkId, ct), ct);

    private async Task<IActionResult> After(Task<string?> change, CancellationToken ct)
    {
        var error = await change;
        if (error is null) return RedirectToPage();
        var page = await OnGetAsync(ct);
        Message = error;
        return page;
    }
}
