using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Catalogs;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Checking;

/// <summary>Runs every rule on a stored plan and marks the findings the school has dismissed.</summary>
public static class CheckPlan
{
    public sealed record Line(Finding Finding, FindingDismissal? Dismissal)
    {
        public bool Open => Dismissal is null;
    }

    public static async Task<IReadOnlyList<Line>?> RunAsync(CaiTienDb db, CurrentUser user, int planId, CancellationToken ct = default)
    {
        var doc = await ExportPlan.ByIdAsync(db, user, planId, ct);
        if (doc is null) return null;
        var dismissals = await db.FindingDismissals.AsNoTracking().Where(d => d.PlanId == planId).ToListAsync(ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.SchoolId, p.SchoolYear }).FirstAsync(ct);
        var unit = await Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear, ct);
        var assessment = await AssessmentFacts.ForPlanAsync(db, planId, ct);
        return PlanChecker.Check(doc, FrameworkRegistry.Default, LegalDocumentCatalog.Default, new SupervisingUnitName(unit.OfficeName, Letterhead.GoverningBody(unit),
                unit.Kind == UnitKind.LegacyDistrictOffice && unit.ExistedIn(plan.SchoolYear)), assessment)
            .Select(f => new Line(f, dismissals.FirstOrDefault(d => d.Rule == f.Rule && d.LocationKey == FindingDismissal.KeyOf(f))))
            .OrderBy(l => l.Open ? 0 : 1).ThenBy(l => Severities.Rank(l.Finding.Severity)).ThenBy(l => l.Finding.Location.Item ?? -1)
            .ToList();
    }

    public static async Task<string?> DismissAsync(CaiTienDb db, CurrentUser user, int planId, string rule, string locationKey, string? reason,
        TimeProvider clock, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Hãy ghi lý do bỏ qua.";
        if (!await db.Plans.EditableBy(user).AnyAsync(p => p.Id == planId, ct)) return "Bạn không có quyền với kế hoạch này.";
        var lines = await RunAsync(db, user, planId, ct);
        if (lines is null || !lines.Any(l => l.Finding.Rule == rule && FindingDismissal.KeyOf(l.Finding) == locationKey))
            return "Phát hiện này không còn trong kế hoạch.";
        if (lines.Any(l => l.Finding.Rule == rule && FindingDismissal.KeyOf(l.Finding) == locationKey && !l.Open)) return null;
        db.FindingDismissals.Add(new FindingDismissal
        {
            PlanId = planId, Rule = rule, LocationKey = locationKey, Reason = reason.Trim(), DismissedBy = user.Name, DismissedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
