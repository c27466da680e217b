using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Oversight;

/// <summary>The Phòng's dashboard: every school of the district, its plan's status and progress.</summary>
public sealed class DistrictModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public OversightStatus? Status { get; set; }

    public DistrictDashboard.Result Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await LoadAsync(ct);
        if (result is not null) return result;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await LoadAsync(ct);
        if (result is not null) return result;
        var buffer = new MemoryStream();
        DashboardExport.WriteXlsx(Dashboard, buffer);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-{Dashboard.DistrictId}-{Dashboard.Year}.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!(Me.IsDistrictOfficer || Me.IsProvinceOfficer || Me.IsAdmin)) return Forbid();
        if (District is null && !Me.IsDistrictOfficer) return Redirect(Me.IsProvinceOfficer ? "/so/tong-hop" : "/phong");
        var dashboard = await DistrictDashboard.LoadAsync(db, Me, District, new DistrictDashboard.Filter(Year, Level, Status),
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (dashboard is null) return NotFound();
        Dashboard = dashboard;
        return null;
    }
}
