using System.Net;
using CaiTien.Accounts;
using CaiTien.Checking;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Oversight;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Organisation;

/// <summary>The 1/7/2025 reform on the demo data: a school's 2024-2025 plan stays with the Phòng GD&amp;ĐT of its
/// district while its 2025-2026 plan goes to the commune's office, for submission, visibility and dashboards.</summary>
public abstract class ReformTests(AppFactory app)
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>A school of its own under Huyện Dầu Tiếng until 2024-2025 and xã Dầu Tiếng from 2025-2026, as the demo moves its schools.</summary>
    private async Task<(int SchoolId, string Code, int District, int Commune)> SchoolAsync()
    {
        var code = "RF" + Guid.NewGuid().ToString("N")[..8];
        return await app.WithDb(async db =>
        {
            var dt = await db.Districts.SingleAsync(d => d.Code == "DT");
            var xdt = await db.Districts.SingleAsync(d => d.Code == "XDT");
            var school = new School { Code = code, Name = "Trường Tiểu học Cải Cách " + code, Abbreviation = code, Level = "primary", DistrictId = dt.Id };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            await Supervision.MoveAsync(db, school, xdt.Id, "2025-2026");
            await db.SaveChangesAsync();
            return (school.Id, code, dt.Id, xdt.Id);
        });
    }

    [Fact]
    public async Task The_2024_2025_plan_stays_with_the_district_while_the_2025_2026_plan_goes_to_the_commune()
    {
        var (schoolId, code, district, commune) = await SchoolAsync();
        var old = await OversightArrange.PlanAsync(app, code, PlanStage.Submitted, rows: 4, year: "2024-2025");
        var current = await OversightArrange.PlanAsync(app, code, PlanStage.Submitted, rows: 4, year: "2025-2026");

        // Submission: each plan went to the unit of its own year, and each unit was notified.
        var sentTo = await app.WithDb(db => db.PlanSubmissions.Where(s => s.SchoolId == schoolId).ToDictionaryAsync(s => s.PlanId, s => s.DistrictId));
        Assert.Equal(district, sentTo[old]);
        Assert.Equal(commune, sentTo[current]);

        // Who sees what: the Phòng sees only the old plan, the commune only the new one, over HTTP too.
        var phong = await app.SignedInAsync("phong.dautieng");
        var xa = await app.SignedInAsync("xa.dautieng");
        Assert.Equal(HttpStatusCode.OK, (await phong.GetAsync($"/ke-hoach/{old}/tham-dinh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phong.GetAsync($"/ke-hoach/{current}/tham-dinh")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await xa.GetAsync($"/ke-hoach/{current}/tham-dinh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await xa.GetAsync($"/ke-hoach/{old}/tham-dinh")).StatusCode);
        // The Sở of the merged province sees the old plan only; the Sở it merged into sees both.
        var (bd, hcm) = await app.WithDb(async db => (await db.UserAsync("so.binhduong"), await db.UserAsync("so.hochiminh")));
        var seenBy = async (CurrentUser u) => await app.WithDb(db => db.Plans.VisibleTo(u).Where(p => p.SchoolId == schoolId).Select(p => p.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal([old], await seenBy(bd));
        Assert.Equal(new[] { old, current }.Order(), await seenBy(hcm));

        // Only the reviewer of the year can decide.
        var phongUser = await app.WithDb(db => db.UserAsync("phong.dautieng"));
        var xaUser = await app.WithDb(db => db.UserAsync("xa.dautieng"));
        Assert.NotNull(await app.WithDb(db => DecideOnPlan.RunAsync(db, phongUser, current, ReviewDecision.Accept, "x", TimeProvider.System)));
        Assert.Null(await app.WithDb(db => DecideOnPlan.RunAsync(db, xaUser, current, ReviewDecision.Accept, "Đạt", TimeProvider.System)));
        Assert.Null(await app.WithDb(db => DecideOnPlan.RunAsync(db, phongUser, old, ReviewDecision.Accept, "Đạt", TimeProvider.System)));

        // Dashboards: the school is a line of the Phòng's 2024-2025 figures and of the commune's 2025-2026 ones only.
        var line = async (CurrentUser u, int unit, string year) => (await app.WithDb(db => DistrictDashboard.LoadAsync(db, u, unit, new DistrictDashboard.Filter(year), Today)))!
            .Schools.SingleOrDefault(s => s.SchoolId == schoolId);
        Assert.Equal(old, (await line(phongUser, district, "2024-2025"))?.PlanId);
        Assert.Null(await line(phongUser, district, "2025-2026"));
        Assert.Equal(current, (await line(xaUser, commune, "2025-2026"))?.PlanId);
        Assert.Null(await line(xaUser, commune, "2024-2025"));
        var province = await app.WithDb(db => ProvinceDashboard.LoadAsync(db, hcm, null, "2025-2026", Today));
        Assert.Contains(province!.Districts, d => d.DistrictId == commune && d.Schools >= 1);
        Assert.DoesNotContain(province.Districts, d => d.DistrictId == district);
        var before = await app.WithDb(db => ProvinceDashboard.LoadAsync(db, hcm, null, "2024-2025", Today));
        Assert.Contains(before!.Districts, d => d.DistrictId == district && d.Schools >= 1);
    }

    [Fact]
    public async Task A_new_plan_is_headed_by_the_unit_of_its_year_and_the_checker_warns_about_abolished_units()
    {
        var (schoolId, _, _, _) = await SchoolAsync();
        var principal = OversightArrange.PrincipalOf(schoolId);
        var created = await app.WithDb(db => CreatePlan.BlankAsync(db, principal, "2026-2027", TimeProvider.System));
        var before = await app.WithDb(db => CreatePlan.BlankAsync(db, principal, "2023-2024", TimeProvider.System));
        var (newPlan, oldPlan) = await app.WithDb(async db => (await db.Plans.SingleAsync(p => p.Id == created.PlanId), await db.Plans.SingleAsync(p => p.Id == before.PlanId)));
        Assert.Equal(("UBND xã Dầu Tiếng", "Phòng Văn hóa – Xã hội xã Dầu Tiếng"), (newPlan.GoverningBody, newPlan.Recipients[0]));
        Assert.Equal(("UBND huyện Dầu Tiếng", "Phòng Giáo dục và Đào tạo huyện Dầu Tiếng"), (oldPlan.GoverningBody, oldPlan.Recipients[0]));

        // The same outdated header in both years: a warning only for the year after the reform, suggesting the current unit.
        foreach (var id in new[] { newPlan.Id, oldPlan.Id })
            await app.WithDb(async db =>
            {
                var plan = await db.Plans.SingleAsync(p => p.Id == id);
                plan.GoverningBody = "UBND HUYỆN DẦU TIẾNG";
                plan.Recipients = ["Phòng GD&ĐT huyện Dầu Tiếng (để b/c)", "Lưu: VT"];
                return await db.SaveChangesAsync();
            });
        var findings = async (int id) => (await app.WithDb(db => CheckPlan.RunAsync(db, principal, id)))!
            .Where(l => l.Finding.Rule == "unit-no-longer-exists").Select(l => l.Finding).ToList();
        var warned = await findings(newPlan.Id);
        Assert.Equal(2, warned.Count);
        Assert.All(warned, f => Assert.Equal(Severities.Warning, f.Severity));
        Assert.Contains(warned, f => f.Location.Field == "governingBody" && f.Suggestion == "Ghi \"UBND xã Dầu Tiếng\".");
        Assert.Contains(warned, f => f.Location.Section == Sections.Recipients && f.Suggestion == "Ghi \"Phòng Văn hóa – Xã hội xã Dầu Tiếng\".");
        Assert.Empty(await findings(oldPlan.Id));
        // A province whose reorganisation is not entered yet (Uông Bí, Quảng Ninh, in the demo): its district office is
        // what the data records for the year, so naming it is not flagged.
        var pdb = await app.WithDb(db => db.Schools.Where(s => s.Code == "PDB").Select(s => s.Id).SingleAsync());
        var pdbPlan = await app.WithDb(db => CreatePlan.BlankAsync(db, OversightArrange.PrincipalOf(pdb), OversightArrange.NextYear(), TimeProvider.System));
        var pdbLines = (await app.WithDb(db => CheckPlan.RunAsync(db, OversightArrange.PrincipalOf(pdb), pdbPlan.PlanId!.Value)))!;
        Assert.DoesNotContain(pdbLines, l => l.Finding.Rule == "unit-no-longer-exists");
        // The commune office as recipient satisfies the recipients rule.
        Assert.DoesNotContain((await app.WithDb(db => CheckPlan.RunAsync(db, principal, created.PlanId!.Value)))!, l => l.Finding.Rule == "no-education-office-recipient");
    }

    [Fact]
    public async Task A_document_number_too_large_for_a_number_does_not_break_creating_the_next_plan()
    {
        var (schoolId, code, _, _) = await SchoolAsync();
        var first = await OversightArrange.PlanAsync(app, code, PlanStage.Draft, rows: 2, year: "2030-2031");
        await app.WithDb(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == first);
            plan.DocumentNumber = $"99999999999/KH-{code}";
            return await db.SaveChangesAsync();
        });
        var principal = OversightArrange.PrincipalOf(schoolId);
        var created = await app.WithDb(db => CreatePlan.BlankAsync(db, principal, "2031-2032", TimeProvider.System));
        Assert.Null(created.Error);
        Assert.Equal($"1/KH-{code}", await app.WithDb(db => db.Plans.Where(p => p.Id == created.PlanId).Select(p => p.DocumentNumber).SingleAsync()));

        // The same through the page of the demo school Nguyễn Bá Ngọc.
        await app.WithDb(async db =>
        {
            var plan = await db.Plans.Where(p => p.School!.Code == "NBN").OrderBy(p => p.Id).FirstAsync();
            plan.DocumentNumber = "99999999999/KH-NBN";
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync("hieutruong.nguyenbangoc");
        var response = await client.PostFormAsync("/truong", "Create", new Dictionary<string, string> { ["year"] = OversightArrange.NextYear() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/truong")).StatusCode);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("1")]
    [InlineData("Reject")]
    [InlineData("")]
    public async Task A_review_decision_other_than_the_offered_ones_is_refused(string decision)
    {
        var planId = await OversightArrange.PlanAsync(app, "THDP", PlanStage.Submitted, rows: 3);
        var officer = await app.SignedInAsync("xa.dautieng");
        var response = await officer.PostFormAsync($"/ke-hoach/{planId}/tham-dinh", "Decide", new Dictionary<string, string> { ["decision"] = decision, ["note"] = "Ghi chú" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Quyết định không hợp lệ", await response.TextAsync());
        Assert.Equal(SubmissionStatus.Submitted, await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == planId).Select(s => s.Status).SingleAsync()));
        var accepted = await officer.PostFormAsync($"/ke-hoach/{planId}/tham-dinh", "Decide", new Dictionary<string, string> { ["decision"] = "Accept" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(SubmissionStatus.Accepted, await app.WithDb(db => db.PlanSubmissions.Where(s => s.PlanId == planId).Select(s => s.Status).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReformTests(SqliteApp app) : ReformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReformTests(PostgresApp app) : ReformTests(app);
