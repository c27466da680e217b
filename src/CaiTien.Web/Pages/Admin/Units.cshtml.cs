using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Admin;

/// <summary>Supervising units of the user's province (all for the administrator): create, rename, merge, close, history.</summary>
public sealed class UnitsModel(CaiTienDb db, TimeProvider clock) : AdminPageModel
{
    public sealed record UnitLine(int Id, string Code, string Name, string OfficeName, UnitKind Kind, string? LocalGovernment,
        DateOnly? ValidFrom, DateOnly? ValidTo, string Province, int Schools);

    public IReadOnlyList<UnitLine> Units { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Provinces { get; private set; } = [];
    public ILookup<int, UnitEvent> History { get; private set; } = Array.Empty<UnitEvent>().ToLookup(e => 0);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Me.IsAdmin && !Me.IsProvinceOfficer) return Forbid();
        Units = await db.Districts.AdministeredBy(Me).AsNoTracking().OrderBy(d => d.ValidTo != null).ThenBy(d => d.Province!.Name).ThenBy(d => d.Name)
            .Select(d => new UnitLine(d.Id, d.Code, d.Name, d.OfficeName, d.Kind, d.LocalGovernment, d.ValidFrom, d.ValidTo, d.Province!.Name,
                d.Schools.Count(s => s.ClosedOn == null))).ToListAsync(ct);
        var provinces = await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null && (Me.IsAdmin || p.Id == Me.ProvinceId))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Provinces = provinces.Select(p => (p.Id, p.Name)).ToList();
        var ids = Units.Select(u => u.Id).ToList();
        History = (await db.UnitEvents.AsNoTracking().Where(e => e.DistrictId != null && ids.Contains(e.DistrictId.Value)).OrderBy(e => e.On).ToListAsync(ct))
            .ToLookup(e => e.DistrictId!.Value);
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(int provinceId, string? code, string? name, string? officeName, UnitKind kind, string? localGovernment, DateOnly? validFrom, CancellationToken ct) =>
        After(async () => (await ManageUnits.CreateAsync(db, Me, new ManageUnits.NewUnit(provinceId, code, name, officeName, kind, localGovernment, validFrom), ct)).Error,
            "Đã tạo đơn vị.", ct);

    public Task<IActionResult> OnPostRenameAsync(int id, string? officeName, string? name, string? localGovernment, DateOnly? on, CancellationToken ct) =>
        After(() => ManageUnits.RenameAsync(db, Me, id, officeName, name, localGovernment, on ?? Today, ct), "Đã đổi tên đơn vị.", ct);

    public Task<IActionResult> OnPostMergeAsync(int id, int intoId, DateOnly? on, CancellationToken ct) =>
        After(() => ManageUnits.MergeAsync(db, Me, id, intoId, on ?? Today, ct), "Đã sáp nhập đơn vị; các trường chuyển sang đơn vị mới từ năm học kế tiếp.", ct);

    public Task<IActionResult> OnPostCloseAsync(int id, DateOnly? on, CancellationToken ct) =>
        After(() => ManageUnits.CloseAsync(db, Me, id, on ?? Today, ct), "Đã giải thể đơn vị.", ct);
}
