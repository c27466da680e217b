using System.Text;
using CaiTien.Schools;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>The unit and school administration lines of the authorization matrix: each posts the form of its page
/// against the target unit (or a fresh unit or school beside it, so no line changes the demo organisation) and
/// reports whether the change took effect.</summary>
internal static class AdminMatrixActions
{
    public static async Task<bool> TakesEffectAsync(AppFactory app, HttpClient client, string action, int unitId)
    {
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var unit = await app.WithDb(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == unitId));
        var token = await client.AntiforgeryTokenAsync((await client.GetAsync("/khung-danh-gia")).IsSuccessStatusCode ? "/khung-danh-gia" : "/dang-nhap");
        async Task<HttpResponseMessage> Post(string url, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = token;
            var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True((int)response.StatusCode < 500, $"{action}: {(int)response.StatusCode}");
            return response;
        }
        switch (action)
        {
            case "unit-rename":
            {
                var before = await app.WithDb(db => db.UnitEvents.CountAsync(e => e.DistrictId == unitId && e.Kind == UnitEventKind.Renamed));
                await Post("/quan-tri/don-vi?handler=Rename", new() { ["id"] = unitId.ToString(), ["officeName"] = unit.OfficeName });
                return await app.WithDb(db => db.UnitEvents.CountAsync(e => e.DistrictId == unitId && e.Kind == UnitEventKind.Renamed)) > before;
            }
            case "unit-merge" or "unit-close":
            {
                var fresh = await FreshUnitAsync(app, unit.ProvinceId, tag);
                if (action == "unit-merge") await Post("/quan-tri/don-vi?handler=Merge", new() { ["id"] = fresh.ToString(), ["intoId"] = unitId.ToString() });
                else await Post("/quan-tri/don-vi?handler=Close", new() { ["id"] = fresh.ToString() });
                return await app.WithDb(db => db.Districts.AnyAsync(d => d.Id == fresh && d.ValidTo != null));
            }
            case "school-rename":
            {
                var school = await FreshSchoolAsync(app, unitId, tag);
                await Post("/quan-tri/truong?handler=Rename", new() { ["id"] = school.ToString(), ["name"] = "Trường đổi tên " + tag });
                return await app.WithDb(db => db.Schools.AnyAsync(s => s.Id == school && s.Name == "Trường đổi tên " + tag));
            }
            case "school-move":
            {
                var school = await FreshSchoolAsync(app, unitId, tag);
                var to = await FreshUnitAsync(app, unit.ProvinceId, tag);
                await Post("/quan-tri/truong?handler=Move", new() { ["id"] = school.ToString(), ["unitId"] = to.ToString(), ["fromYear"] = "2060-2061" });
                return await app.WithDb(db => db.Schools.AnyAsync(s => s.Id == school && s.DistrictId == to));
            }
            case "school-import":
            {
                var csv = $"mã trường,tên,cấp học,đơn vị quản lý\nMX{tag},Trường Tiểu học Ma Trận {tag},Tiểu học,{unit.Code}\n";
                await Post("/quan-tri/truong/nhap-danh-sach?handler=Confirm", new()
                {
                    ["fileName"] = "ds.csv", ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)),
                });
                return await app.WithDb(db => db.Schools.AnyAsync(s => s.Code == "MX" + tag && s.DistrictId == unitId));
            }
            default: throw new ArgumentException("unknown action " + action);
        }
    }

    private static Task<int> FreshUnitAsync(AppFactory app, int provinceId, string tag) => app.WithDb(async db =>
    {
        var unit = new District { Code = "U" + tag, Name = "Xã Thử " + tag, OfficeName = "Phòng Văn hóa – Xã hội xã Thử " + tag, Kind = UnitKind.CommuneOffice, ProvinceId = provinceId };
        db.Districts.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });

    private static Task<int> FreshSchoolAsync(AppFactory app, int unitId, string tag) => app.WithDb(async db =>
    {
        var school = new School { Code = "S" + tag, Name = "Trường Thử " + tag, Abbreviation = "S" + tag, Level = "primary", DistrictId = unitId };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school.Id;
    });
}
