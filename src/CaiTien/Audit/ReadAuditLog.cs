using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Audit;

/// <summary>The audit log of one plan the user may see, newest first, told as sentences.</summary>
public static class ReadAuditLog
{
    public static async Task<IReadOnlyList<AuditLine>?> RunAsync(CaiTienDb db, CurrentUser user, int planId, int take = 500, CancellationToken ct = default)
    {
        if (!await db.Plans.VisibleTo(user).AnyAsync(p => p.Id == planId, ct)) return null;
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.PlanId == planId)
            .OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        var rows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position)
            .Select(r => new { r.Id, r.Criterion }).ToListAsync(ct);
        var story = new AuditStory(rows.Select(r => (r.Id, r.Criterion)).ToList(), entries);
        return entries.Select(story.Tell).ToList();
    }

    public static string EntityLabel(string entity) => entity switch
    {
        "Plan" => "Kế hoạch",
        "PlanRow" => "Dòng kế hoạch",
        "RowProgress" => "Tiến độ dòng",
        "EvidenceFile" => "Tệp minh chứng",
        "MonitoringReview" => "Kết quả giám sát",
        _ => entity,
    };
}
