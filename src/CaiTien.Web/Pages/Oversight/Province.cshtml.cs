using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Oversight;

/// <summary>The Sở's dashboard: the district figures per district of the province, each drilling into its district.</summary>
public sealed class ProvinceModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public ProvinceDashboard.Result Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var buffer = new MemoryStream();
        DashboardExport.WriteXlsx(Dashboard, buffer);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-tinh-{Dashboard.ProvinceId}-{Dashboard.Year}.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!(Me.IsProvinceOfficer || Me.IsAdmin)) return Forbid();
        var dashboard = await ProvinceDashboard.LoadAsync(db, Me, Province, Year, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (dashboard is null) return Me.IsAdmin && Province is null ? Redirect("/phong") : NotFound();
        Dashboard = dashboard;
        return null;
    }
}
