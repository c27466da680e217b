using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Admin;

/// <summary>Schools of the user's province (all for the administrator): create, rename, move to another unit from a
/// school year, merge, close.</summary>
public sealed class SchoolsModel(CaiTienDb db, TimeProvider clock) : AdminPageModel
{
    public const int PageSize = 200;

    public sealed record SchoolLine(int Id, string Code, string Name, string Level, string Unit, DateOnly? ClosedOn, string? Principal, string? Email);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<SchoolLine> Schools { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public string CurrentYear => SchoolYears.Containing(Today);

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Me.IsAdmin && !Me.IsProvinceOfficer) return Forbid();
        var schools = db.Schools.AdministeredBy(Me).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q)) schools = schools.Where(s => s.Code.Contains(Q) || s.Name.Contains(Q));
        Total = await schools.CountAsync(ct);
        Schools = await schools.OrderBy(s => s.ClosedOn != null).ThenBy(s => s.Name).Take(PageSize)
            .Select(s => new SchoolLine(s.Id, s.Code, s.Name, s.Level, s.District!.OfficeName, s.ClosedOn, s.PrincipalName, s.ContactEmail)).ToListAsync(ct);
        var units = await db.Districts.AdministeredBy(Me).AsNoTracking().Where(d => d.ValidTo == null).OrderBy(d => d.OfficeName)
            .Select(d => new { d.Id, d.OfficeName }).ToListAsync(ct);
        Units = units.Select(u => (u.Id, u.OfficeName)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(string? code, string? name, string? level, int unitId, CancellationToken ct) =>
        After(async () => (await ManageSchools.CreateAsync(db, Me, code, name, level, unitId, ct)).Error, "Đã thêm trường.", ct);

    public Task<IActionResult> OnPostRenameAsync(int id, string? name, DateOnly? on, CancellationToken ct) =>
        After(() => ManageSchools.RenameAsync(db, Me, id, name, on ?? Today, ct), "Đã đổi tên trường; các kế hoạch đã ban hành giữ tên cũ.", ct);

    public Task<IActionResult> OnPostMoveAsync(int id, int unitId, string? fromYear, CancellationToken ct) =>
        After(() => ManageSchools.MoveAsync(db, Me, id, unitId, fromYear, ct), "Đã chuyển trường sang đơn vị quản lý mới.", ct);

    public async Task<IActionResult> OnPostMergeAsync(int id, string? intoCode, DateOnly? on, CancellationToken ct)
    {
        var intoId = await db.Schools.AdministeredBy(Me).Where(s => s.Code == intoCode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        return await After(() => intoId is null ? Task.FromResult<string?>($"Không tìm thấy trường mã \"{intoCode}\" trong phạm vi của bạn.")
            : ManageSchools.MergeAsync(db, Me, id, intoId.Value, on ?? Today, ct), "Đã sáp nhập trường.", ct);
    }

    public Task<IActionResult> OnPostCloseAsync(int id, DateOnly? on, CancellationToken ct) =>
        After(() => ManageSchools.CloseAsync(db, Me, id, on ?? Today, ct), "Đã ghi trường ngừng hoạt động.", ct);
}
