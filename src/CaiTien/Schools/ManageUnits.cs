using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>The administrator, or a Sở officer within her province, creates, renames, merges and closes supervising
/// units. Units are never deleted: a rename or merge is a dated event and the old names stay in the history.
/// Every change goes through the audit log (District and UnitEvent are audited entities).</summary>
public static class ManageUnits
{
    public const string OutOfScope = "Không tìm thấy đơn vị trong phạm vi quản lý của bạn.";

    public sealed record NewUnit(int ProvinceId, string? Code, string? Name, string? OfficeName, UnitKind Kind, string? LocalGovernment, DateOnly? ValidFrom);

    public static async Task<(int? Id, string? Error)> CreateAsync(CaiTienDb db, CurrentUser user, NewUnit input, CancellationToken ct = default)
    {
        if (!user.IsAdmin && !(user.IsProvinceOfficer && user.ProvinceId == input.ProvinceId)) return (null, "Chỉ tạo được đơn vị trong tỉnh của mình.");
        if (!await db.Provinces.AnyAsync(p => p.Id == input.ProvinceId && p.ValidTo == null, ct)) return (null, "Tỉnh/thành phố không tồn tại hoặc đã sáp nhập.");
        if (Blank(input.Code) || Blank(input.Name) || Blank(input.OfficeName)) return (null, "Cần ghi mã, tên địa bàn và tên cơ quan.");
        if (input.Code!.Length > 20 || input.Name!.Length > 200 || input.OfficeName!.Length > 200 || input.LocalGovernment?.Length > 200)
            return (null, "Mã tối đa 20 ký tự; tên tối đa 200 ký tự.");
        if (!Enum.IsDefined(input.Kind)) return (null, "Loại đơn vị không hợp lệ.");
        var code = input.Code.Trim();
        if (await db.Districts.AnyAsync(d => d.Code == code, ct)) return (null, $"Mã đơn vị \"{code}\" đã có.");
        var unit = new District
        {
            Code = code, Name = input.Name.Trim(), OfficeName = input.OfficeName.Trim(), Kind = input.Kind,
            LocalGovernment = Blank(input.LocalGovernment) ? null : input.LocalGovernment!.Trim(), ValidFrom = input.ValidFrom, ProvinceId = input.ProvinceId,
        };
        db.Districts.Add(unit);
        await db.SaveChangesAsync(ct);
        db.UnitEvents.Add(new UnitEvent { DistrictId = unit.Id, Kind = UnitEventKind.Created, On = input.ValidFrom ?? VietnamClock.DayOf(DateTimeOffset.UtcNow), NewName = unit.OfficeName });
        await db.SaveChangesAsync(ct);
        return (unit.Id, null);
    }

    public static async Task<string?> RenameAsync(CaiTienDb db, CurrentUser user, int unitId, string? officeName, string? name, string? localGovernment, DateOnly on, CancellationToken ct = default)
    {
        var unit = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == unitId, ct);
        if (unit is null) return OutOfScope;
        if (!unit.IsOpen) return "Đơn vị đã ngừng hoạt động, không đổi tên được.";
        if (Blank(officeName) || officeName!.Length > 200) return "Cần ghi tên mới của cơ quan (tối đa 200 ký tự).";
        db.UnitEvents.Add(new UnitEvent { DistrictId = unit.Id, Kind = UnitEventKind.Renamed, On = on, OldName = unit.OfficeName, NewName = officeName.Trim() });
        unit.OfficeName = officeName.Trim();
        if (!Blank(name)) unit.Name = name!.Trim()[..Math.Min(200, name.Trim().Length)];
        if (!Blank(localGovernment)) unit.LocalGovernment = localGovernment!.Trim()[..Math.Min(200, localGovernment.Trim().Length)];
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The unit ends the day before <paramref name="on"/>; its schools pass to the other unit from the school
    /// year starting then, and the plans of earlier years stay with the old unit.</summary>
    public static async Task<string?> MergeAsync(CaiTienDb db, CurrentUser user, int unitId, int intoId, DateOnly on, CancellationToken ct = default)
    {
        if (unitId == intoId) return "Không sáp nhập một đơn vị vào chính nó.";
        var unit = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == unitId, ct);
        var into = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == intoId, ct);
        if (unit is null || into is null) return OutOfScope;
        if (!unit.IsOpen) return $"Đơn vị \"{unit.OfficeName}\" đã ngừng hoạt động.";
        if (!into.IsOpen) return $"Không sáp nhập vào \"{into.OfficeName}\": đơn vị này đã ngừng hoạt động từ {into.ValidTo!.Value.AddDays(1):dd/MM/yyyy}.";
        var year = YearFrom(on);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var school in await db.Schools.Where(s => s.DistrictId == unit.Id && s.ClosedOn == null).ToListAsync(ct))
            await Supervision.MoveAsync(db, school, into.Id, year, ct);
        unit.ValidTo = on.AddDays(-1);
        unit.MergedIntoId = into.Id;
        db.UnitEvents.Add(new UnitEvent { DistrictId = unit.Id, Kind = UnitEventKind.MergedInto, On = on, OldName = unit.OfficeName, NewName = into.OfficeName, IntoId = into.Id });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    public static async Task<string?> CloseAsync(CaiTienDb db, CurrentUser user, int unitId, DateOnly on, CancellationToken ct = default)
    {
        var unit = await db.Districts.AdministeredBy(user).FirstOrDefaultAsync(d => d.Id == unitId, ct);
        if (unit is null) return OutOfScope;
        if (!unit.IsOpen) return "Đơn vị đã ngừng hoạt động từ trước.";
        var schools = await db.Schools.CountAsync(s => s.DistrictId == unit.Id && s.ClosedOn == null, ct);
        if (schools > 0) return $"Đơn vị còn quản lý {schools} trường: hãy chuyển các trường sang đơn vị khác hoặc sáp nhập đơn vị trước khi giải thể.";
        unit.ValidTo = on.AddDays(-1);
        db.UnitEvents.Add(new UnitEvent { DistrictId = unit.Id, Kind = UnitEventKind.Closed, On = on, OldName = unit.OfficeName });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The first school year a change on this day applies to: from July on, the coming year.</summary>
    public static string YearFrom(DateOnly on)
    {
        var start = on.Month >= 7 ? on.Year : on.Year - 1;
        return $"{start}-{start + 1}";
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
