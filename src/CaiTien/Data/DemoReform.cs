using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Data;

/// <summary>Demo mode: the 1/7/2025 reform. Bình Dương joins TP. Hồ Chí Minh; Huyện Dầu Tiếng and Quận Bình Thạnh
/// end and their schools pass to the offices of the new communes and wards from 2025-2026, while the 2024-2025
/// plans stay under the Phòng GD&amp;ĐT they were sent to; one school is renamed; a THPT is under the Sở.</summary>
public static class DemoReform
{
    public static readonly DateOnly ReformDay = new(2025, 7, 1);
    public const string FirstYear = "2025-2026";
    public const string LastOldYear = "2024-2025";

    public sealed record Units(District DauTieng, District LongHoa, District MinhThanh, District BinhThanhWard, District Department);

    /// <summary>Creates the post-reform units and moves the schools; run after the 2024-2025 plans exist.</summary>
    public static async Task<Units> ApplyAsync(CaiTienDb db, Province bd, Province hcm, District dt, District bt, IReadOnlyList<School> dauTiengSchools, School binhThanhSchool)
    {
        var lastDay = ReformDay.AddDays(-1);
        bd.ValidTo = lastDay;
        bd.MergedIntoId = hcm.Id;
        foreach (var old in new[] { dt, bt })
        {
            old.ValidTo = lastDay;
            db.UnitEvents.Add(new UnitEvent { DistrictId = old.Id, Kind = UnitEventKind.Closed, On = lastDay, OldName = old.OfficeName, Note = "Kết thúc hoạt động chính quyền cấp huyện" });
        }
        db.UnitEvents.Add(new UnitEvent { ProvinceId = bd.Id, Kind = UnitEventKind.MergedInto, On = lastDay, OldName = bd.Name, NewName = hcm.Name, IntoId = hcm.Id });

        var units = new Units(
            Commune("XDT", "Xã Dầu Tiếng", hcm),
            Commune("XLH", "Xã Long Hòa", hcm),
            Commune("XMT", "Xã Minh Thạnh", hcm),
            Commune("PBT", "Phường Bình Thạnh", hcm),
            new District
            {
                Code = "SGD-HCM", Name = "Thành phố Hồ Chí Minh", OfficeName = "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh",
                Kind = UnitKind.ProvinceDepartment, LocalGovernment = "UBND Thành phố Hồ Chí Minh", Province = hcm,
            });
        db.AddRange(units.DauTieng, units.LongHoa, units.MinhThanh, units.BinhThanhWard, units.Department);
        await db.SaveChangesAsync();
        foreach (var unit in new[] { units.DauTieng, units.LongHoa, units.MinhThanh, units.BinhThanhWard })
            db.UnitEvents.Add(new UnitEvent { DistrictId = unit.Id, Kind = UnitEventKind.Created, On = ReformDay, NewName = unit.OfficeName });

        foreach (var school in dauTiengSchools)
        {
            var to = school.Code switch { "THLA" => units.LongHoa, "THCSMT" => units.MinhThanh, _ => units.DauTieng };
            await Supervision.MoveAsync(db, school, to.Id, FirstYear);
            school.GoverningBody = to.LocalGovernment;
        }
        await Supervision.MoveAsync(db, binhThanhSchool, units.BinhThanhWard.Id, FirstYear);
        binhThanhSchool.GoverningBody = units.BinhThanhWard.LocalGovernment;

        // Renamed with its commune; its 2024-2025 plan keeps the name it was issued with.
        var renamed = dauTiengSchools.Single(s => s.Code == "THCSMT");
        db.UnitEvents.Add(new UnitEvent { SchoolId = renamed.Id, Kind = UnitEventKind.Renamed, On = ReformDay, OldName = renamed.Name, NewName = "Trường THCS Minh Thạnh" });
        renamed.Name = "Trường THCS Minh Thạnh";
        await db.SaveChangesAsync();
        return units;
    }

    /// <summary>A THPT under the Sở with a submitted 2025-2026 plan, and a 2025-2026 plan of a Dầu Tiếng school
    /// carried over from its 2024-2025 plan (so its header names the commune), submitted to the commune office.</summary>
    public static async Task<School> SeedPlansAsync(CaiTienDb db, Units units, IReadOnlyList<School> dauTiengSchools, TimeProvider clock)
    {
        var thpt = new School
        {
            Code = "THPTDT", Name = "Trường THPT Dầu Tiếng", Abbreviation = "THPTDT", Level = SchoolLevels.UpperSecondary,
            DistrictId = units.Department.Id, GoverningBody = units.Department.OfficeName, Place = "Dầu Tiếng", Ownership = "Công lập",
        };
        db.Schools.Add(thpt);
        await db.SaveChangesAsync();
        var framework = FrameworkRegistry.Default.ForLevel(thpt.Level, "2018")!;
        var doc = SyntheticPlans.Create(framework, thpt.Name, thpt.Level, FirstYear, 10, 41);
        var imported = await ImportPlan.RunAsync(db, thpt.Id, doc, replace: false, clock);
        if (!imported.Ok) throw new InvalidOperationException("Demo THPT plan failed: " + string.Join("; ", imported.Errors.Select(e => e.Message)));
        await SubmitAsync(db, thpt.Id, imported.PlanId!.Value, clock);

        var anLap = dauTiengSchools.Single(s => s.Code == "THAL");
        var principal = Principal(anLap.Id);
        var lastYear = await db.Plans.Where(p => p.SchoolId == anLap.Id && p.SchoolYear == LastOldYear).OrderByDescending(p => p.Revision).Select(p => p.Id).FirstAsync();
        var carried = await CreatePlan.CarryOverAsync(db, principal, lastYear, clock);
        if (carried.Error is not null) throw new InvalidOperationException("Demo commune plan failed: " + carried.Error);
        await SubmitAsync(db, anLap.Id, carried.PlanId!.Value, clock);
        return thpt;
    }

    private static async Task SubmitAsync(CaiTienDb db, int schoolId, int planId, TimeProvider clock)
    {
        var principal = Principal(schoolId);
        if (await IssuePlan.RunAsync(db, principal, planId, clock) is { } issueError) throw new InvalidOperationException("Demo issue failed: " + issueError);
        var submitted = await SubmitPlan.RunAsync(db, principal, planId, confirmed: true, clock);
        if (submitted.Error is not null) throw new InvalidOperationException("Demo submission failed: " + submitted.Error);
    }

    private static CurrentUser Principal(int schoolId) => new("demo-principal-" + schoolId, "Hiệu trưởng (demo)", Roles.Principal, schoolId, null, null);

    private static District Commune(string code, string name, Province province)
    {
        var lower = char.ToLowerInvariant(name[0]) + name[1..];
        return new District
        {
            Code = code, Name = name, OfficeName = "Phòng Văn hóa – Xã hội " + lower, Kind = UnitKind.CommuneOffice,
            LocalGovernment = "UBND " + lower, ValidFrom = ReformDay, Province = province,
        };
    }
}
