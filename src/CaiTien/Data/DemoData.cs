using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Data;

/// <summary>Demo mode only: three real schools with their published plans, synthetic schools, one account
/// per role. All demo accounts share <see cref="Password"/>, which is refused outside demo mode.</summary>
public static class DemoData
{
    public const string Password = "Demo@2024";

    public sealed record DemoAccount(string UserName, string Role, string Unit);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin", Roles.SystemAdmin, "toàn hệ thống"),
        new("so.binhduong", Roles.ProvinceOfficer, "Sở GD&ĐT tỉnh Bình Dương"),
        new("so.hochiminh", Roles.ProvinceOfficer, "Sở GD&ĐT Thành phố Hồ Chí Minh"),
        new("phong.dautieng", Roles.DistrictOfficer, "Phòng GD&ĐT huyện Dầu Tiếng"),
        new("phong.binhthanh", Roles.DistrictOfficer, "Phòng GD&ĐT quận Bình Thạnh"),
        new("xa.dautieng", Roles.DistrictOfficer, "Phòng Văn hóa – Xã hội xã Dầu Tiếng"),
        new("phuong.binhthanh", Roles.DistrictOfficer, "Phòng Văn hóa – Xã hội phường Bình Thạnh"),
        new("hieutruong.dinhphuoc", Roles.Principal, "Trường Tiểu học Định Phước"),
        new("hoidong.dinhphuoc", Roles.CouncilMember, "Trường Tiểu học Định Phước"),
        new("giamsat.dinhphuoc", Roles.MonitoringMember, "Trường Tiểu học Định Phước"),
        new("giaovien.dinhphuoc", Roles.Staff, "Trường Tiểu học Định Phước"),
        new("hieutruong.nguyenbangoc", Roles.Principal, "Trường Tiểu học Nguyễn Bá Ngọc"),
        new("hieutruong.phuongdongb", Roles.Principal, "Trường Tiểu học Phương Đông B"),
    ];

    private static readonly (string Code, string Name, string Level)[] SyntheticSchools =
    [
        ("MNHS", "Trường Mầm non Hoa Sen", SchoolLevels.Preschool),
        ("THAL", "Trường Tiểu học An Lập", SchoolLevels.Primary),
        ("THLA", "Trường Tiểu học Long Hòa", SchoolLevels.Primary),
        ("THCSDH", "Trường THCS Định Hiệp", SchoolLevels.LowerSecondary),
        ("THCSMT", "Trường THCS Minh Tân", SchoolLevels.LowerSecondary),
    ];

    public static async Task SeedAsync(CaiTienDb db, UserManager<AppUser> users, TimeProvider clock)
    {
        if (await db.Provinces.AnyAsync()) return;
        var bd = new Province { Code = "BD", Name = "Tỉnh Bình Dương" };
        var hcm = new Province { Code = "HCM", Name = "Thành phố Hồ Chí Minh" };
        var qn = new Province { Code = "QN", Name = "Tỉnh Quảng Ninh" };
        var dt = new District { Code = "DT", Name = "Huyện Dầu Tiếng", OfficeName = "Phòng Giáo dục và Đào tạo huyện Dầu Tiếng", LocalGovernment = "UBND huyện Dầu Tiếng", Province = bd };
        var bt = new District { Code = "BT", Name = "Quận Bình Thạnh", OfficeName = "Phòng Giáo dục và Đào tạo quận Bình Thạnh", LocalGovernment = "UBND quận Bình Thạnh", Province = hcm };
        var ub = new District { Code = "UB", Name = "Thành phố Uông Bí", OfficeName = "Phòng Giáo dục và Đào tạo thành phố Uông Bí", LocalGovernment = "UBND thành phố Uông Bí", Province = qn };
        var dinhPhuoc = NewSchool("THDP", "Trường Tiểu học Định Phước", "THĐP", SchoolLevels.Primary, dt, "UBND huyện Dầu Tiếng", "Định Hiệp");
        var nguyenBaNgoc = NewSchool("NBN", "Trường Tiểu học Nguyễn Bá Ngọc", "NBN", SchoolLevels.Primary, bt, "UBND quận Bình Thạnh", "Bình Thạnh");
        var phuongDongB = NewSchool("PDB", "Trường Tiểu học Phương Đông B", "THPĐB", SchoolLevels.Primary, ub, null, "Uông Bí");
        dinhPhuoc.Staff.AddRange(
        [
            new StaffMember { FullName = "Đỗ Văn Hênh", Position = "Hiệu trưởng" },
            new StaffMember { FullName = "Nguyễn Thị Hoa", Position = "Phó Hiệu trưởng" },
            new StaffMember { FullName = "Trần Văn Minh", Position = "Tổng phụ trách Đội" },
            new StaffMember { FullName = "Lê Thị Lan", Position = "Tổ trưởng chuyên môn" },
        ]);
        dinhPhuoc.Sites.Add(new SchoolSite { Name = "Điểm trường ấp Hòa Cường" });
        db.AddRange(bd, hcm, qn, dt, bt, ub, dinhPhuoc, nguyenBaNgoc, phuongDongB);
        var synthetic = SyntheticSchools.Select(s => NewSchool(s.Code, s.Name, s.Code, s.Level, dt, "UBND huyện Dầu Tiếng", "Dầu Tiếng")).ToList();
        db.AddRange(synthetic);
        await db.SaveChangesAsync();

        foreach (var (school, file) in new[] { (dinhPhuoc, "000"), (nguyenBaNgoc, "002"), (phuongDongB, "004") })
            await ImportOrThrow(db, school.Id, ReadEmbeddedPlan(file), clock);
        var seed = 1;
        foreach (var school in synthetic)
        {
            var framework = FrameworkRegistry.Default.ForLevel(school.Level, "2018")!;
            await ImportOrThrow(db, school.Id, SyntheticPlans.Create(framework, school.Name, school.Level, "2024-2025", 12, seed++), clock);
        }
        await Oversight.OversightDemo.SeedAsync(db, dt, synthetic, clock);
        var reform = await DemoReform.ApplyAsync(db, bd, hcm, dt, bt, [dinhPhuoc, .. synthetic], nguyenBaNgoc);
        await DemoReform.SeedPlansAsync(db, reform, synthetic, clock);

        var unitOf = new Dictionary<string, (int? School, int? District, int? Province)>
        {
            ["admin"] = (null, null, null),
            ["so.binhduong"] = (null, null, bd.Id),
            ["so.hochiminh"] = (null, null, hcm.Id),
            ["xa.dautieng"] = (null, reform.DauTieng.Id, null),
            ["phuong.binhthanh"] = (null, reform.BinhThanhWard.Id, null),
            ["phong.dautieng"] = (null, dt.Id, null),
            ["phong.binhthanh"] = (null, bt.Id, null),
            ["hieutruong.nguyenbangoc"] = (nguyenBaNgoc.Id, null, null),
            ["hieutruong.phuongdongb"] = (phuongDongB.Id, null, null),
        };
        // Accounts of Định Phước belong to people on its staff list, so plan rows naming their position are theirs.
        var staffOf = new Dictionary<string, string>
        {
            ["hieutruong.dinhphuoc"] = "Đỗ Văn Hênh",
            ["hoidong.dinhphuoc"] = "Nguyễn Thị Hoa",
            ["giaovien.dinhphuoc"] = "Trần Văn Minh",
            ["giamsat.dinhphuoc"] = "Lê Thị Lan",
        };
        foreach (var account in Accounts)
        {
            var unit = unitOf.GetValueOrDefault(account.UserName, (dinhPhuoc.Id, null, null));
            var user = new AppUser
            {
                UserName = account.UserName,
                Email = account.UserName + "@demo.caitien.vn",
                EmailConfirmed = true,
                FullName = Roles.DisplayName(account.Role) + " (demo)",
                Role = account.Role,
                SchoolId = unit.School,
                DistrictId = unit.District,
                ProvinceId = unit.Province,
                StaffMemberId = staffOf.TryGetValue(account.UserName, out var staffName) ? dinhPhuoc.Staff.First(m => m.FullName == staffName).Id : null,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo account failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static School NewSchool(string code, string name, string abbreviation, string level, District district, string? governingBody, string place) =>
        new() { Code = code, Name = name, Abbreviation = abbreviation, Level = level, District = district, GoverningBody = governingBody, Place = place };

    private static async Task ImportOrThrow(CaiTienDb db, int schoolId, PlanDocument doc, TimeProvider clock)
    {
        var result = await ImportPlan.RunAsync(db, schoolId, doc, replace: false, clock);
        if (!result.Ok) throw new InvalidOperationException("Demo plan failed: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public static PlanDocument ReadEmbeddedPlan(string id)
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream($"demo/plan-{id}.json")!;
        return PlanJson.Read(stream).Plan!;
    }
}
