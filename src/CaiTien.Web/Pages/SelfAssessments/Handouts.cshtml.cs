using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Reports;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>Phiếu giao việc: one printable sheet per staff member (or one, with ?nhan-vien=id).</summary>
public sealed class HandoutsModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public string Year { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public string? Place { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<AssignmentSheets.Sheet> Sheets { get; private set; } = [];
    public IReadOnlyList<AssignmentSheets.Sheet> All { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string year, [FromQuery(Name = "nhan-vien")] int? staffId, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return NotFound();
        Year = year;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == assessment.SchoolId).Select(s => new { s.Name, s.Place }).FirstAsync(ct);
        (SchoolName, Place) = (school.Name, school.Place);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        All = await AssignmentSheets.RunAsync(db, assessment, ct);
        Sheets = staffId is { } id ? All.Where(s => s.StaffId == id).ToList() : All;
        return Page();
    }

    public static string Day(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
