using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

public enum PlanStage { Draft, Issued, Submitted, Published }

/// <summary>Puts a fresh plan of a demo school in a given review stage through the real use cases. Every plan gets
/// a school year of its own, so tests never share a plan.</summary>
internal static class OversightArrange
{
    private static int _year = 2040;

    public static string NextYear()
    {
        var start = Interlocked.Increment(ref _year);
        return $"{start}-{start + 1}";
    }

    // 1940-1941 onwards: dozens of matrix lines per provider stay well before 2024-2025, and clear of the years other tests use.
    private static int _oldYear = 1940;

    /// <summary>A fresh school year before the 2025 reform (still under the district's Phòng GD&amp;ĐT in the demo data).</summary>
    public static string NextOldYear()
    {
        var start = Interlocked.Increment(ref _oldYear);
        return $"{start}-{start + 1}";
    }

    public static CurrentUser PrincipalOf(int schoolId) => new("test-principal-" + schoolId, "Hiệu trưởng (kiểm thử)", Roles.Principal, schoolId, null, null);

    public static CurrentUser OfficerOf(int districtId) => new("test-officer-" + districtId, "Chuyên viên (kiểm thử)", Roles.DistrictOfficer, null, districtId, null);

    public static async Task<int> PlanAsync(AppFactory app, string schoolCode, PlanStage stage, int rows = 6, string? year = null) =>
        await app.WithDb(db => PlanAsync(db, schoolCode, stage, rows, year ?? NextYear()));

    public static async Task<int> PlanAsync(CaiTienDb db, string schoolCode, PlanStage stage, int rows, string year)
    {
        var clock = TimeProvider.System;
        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Code == schoolCode);
        var framework = FrameworkRegistry.Default.ForLevel(school.Level, "2018")!;
        var doc = SyntheticPlans.Create(framework, school.Name, school.Level, year, rows, seed: int.Parse(year[..4]) % 97);
        var imported = await ImportPlan.RunAsync(db, school.Id, doc, replace: false, clock);
        Assert.True(imported.Ok, string.Join("; ", imported.Errors.Select(e => e.Message)));
        var planId = imported.PlanId!.Value;
        var principal = PrincipalOf(school.Id);
        if (stage == PlanStage.Draft) return planId;
        Assert.Null(await IssuePlan.RunAsync(db, principal, planId, clock));
        if (stage == PlanStage.Submitted) Assert.True((await SubmitPlan.RunAsync(db, principal, planId, confirmed: true, clock)).Ok);
        if (stage == PlanStage.Published) Assert.Null(await PublishPlan.RunAsync(db, principal, planId, clock));
        return planId;
    }
}
