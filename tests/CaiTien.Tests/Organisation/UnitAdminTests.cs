using System.Net;
using CaiTien.Schools;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Organisation;

/// <summary>Unit administration at /quan-tri/don-vi by a Sở officer: her province only, merges only into open units,
/// schools follow a merge from the next school year, every change in the audit log.</summary>
public abstract class UnitAdminTests(AppFactory app)
{
    private const string Page = "/quan-tri/don-vi";

    private Task<int> UnitAsync(string provinceCode, string tag) => app.WithDb(async db =>
    {
        var unit = new District
        {
            Code = "UA" + tag, Name = "Xã Quản Trị " + tag, OfficeName = "Phòng Văn hóa – Xã hội xã Quản Trị " + tag, Kind = UnitKind.CommuneOffice,
            ProvinceId = await db.Provinces.Where(p => p.Code == provinceCode).Select(p => p.Id).SingleAsync(),
        };
        db.Districts.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });

    [Fact]
    public async Task The_So_officer_manages_the_units_of_her_province_only_and_never_merges_into_a_closed_unit()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var own = await UnitAsync("HCM", tag + "A");
        var target = await UnitAsync("HCM", tag + "B");
        var foreign = await UnitAsync("QN", tag + "C");
        var school = await app.WithDb(async db =>
        {
            var s = new School { Code = "UAS" + tag, Name = "Trường Quản Trị " + tag, Abbreviation = "UAS", Level = "primary", DistrictId = own };
            db.Schools.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var client = await app.SignedInAsync("so.hochiminh");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);

        // Another province's unit: refused, unchanged.
        var refused = await client.PostFormAsync(Page, "Rename", new Dictionary<string, string> { ["id"] = foreign.ToString(), ["officeName"] = "Tên lạ" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("phạm vi quản lý", await refused.TextAsync());
        Assert.Equal("Phòng Văn hóa – Xã hội xã Quản Trị " + tag + "C", await app.WithDb(db => db.Districts.Where(d => d.Id == foreign).Select(d => d.OfficeName).SingleAsync()));
        var refusedMerge = await client.PostFormAsync(Page, "Merge", new Dictionary<string, string> { ["id"] = own.ToString(), ["intoId"] = foreign.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedMerge.StatusCode);

        // Rename: dated event, audited.
        var renamed = await client.PostFormAsync(Page, "Rename", new Dictionary<string, string> { ["id"] = own.ToString(), ["officeName"] = "Phòng Văn hóa – Xã hội phường Quản Trị " + tag, ["on"] = "2026-01-01" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var events = await app.WithDb(db => db.UnitEvents.Where(e => e.DistrictId == own).ToListAsync());
        Assert.Contains(events, e => e.Kind == UnitEventKind.Renamed && e.On == new DateOnly(2026, 1, 1) && e.OldName == "Phòng Văn hóa – Xã hội xã Quản Trị " + tag + "A");
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == "District" && a.EntityId == own.ToString() && a.Action == "Modified" && a.UserName.Contains("so.hochiminh"))));

        // Close the target, then a merge into it is refused and nothing moves.
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(Page, "Close", new Dictionary<string, string> { ["id"] = target.ToString(), ["on"] = "2026-07-01" })).StatusCode);
        var intoClosed = await client.PostFormAsync(Page, "Merge", new Dictionary<string, string> { ["id"] = own.ToString(), ["intoId"] = target.ToString(), ["on"] = "2026-08-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, intoClosed.StatusCode);
        Assert.Contains("đã ngừng hoạt động", await intoClosed.TextAsync());
        Assert.Equal((own, (DateOnly?)null), await app.WithDb(async db => (await db.Schools.Where(s => s.Id == school).Select(s => s.DistrictId).SingleAsync(),
            await db.Districts.Where(d => d.Id == own).Select(d => d.ValidTo).SingleAsync())));

        // Merge into an open unit: the school belongs to it from 2026-2027; 2025-2026 stays with the old unit.
        var open = await UnitAsync("HCM", tag + "D");
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(Page, "Merge", new Dictionary<string, string> { ["id"] = own.ToString(), ["intoId"] = open.ToString(), ["on"] = "2026-07-01" })).StatusCode);
        Assert.Equal(own, await app.WithDb(async db => (await Supervision.UnitOfAsync(db, school, "2025-2026")).Id));
        Assert.Equal(open, await app.WithDb(async db => (await Supervision.UnitOfAsync(db, school, "2026-2027")).Id));
        Assert.Equal(new DateOnly(2026, 6, 30), await app.WithDb(db => db.Districts.Where(d => d.Id == own).Select(d => d.ValidTo).SingleAsync()));
    }

    [Fact]
    public async Task Officers_of_a_supervising_unit_and_schools_cannot_open_unit_administration()
    {
        foreach (var user in new[] { "xa.dautieng", "phong.dautieng", "hieutruong.dinhphuoc" })
        {
            var client = await app.SignedInAsync(user);
            var response = await client.GetAsync(Page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("khong-co-quyen", response.Headers.Location!.OriginalString);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteUnitAdminTests(SqliteApp app) : UnitAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnitAdminTests(PostgresApp app) : UnitAdminTests(app);
