using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Audit;

/// <summary>The audit log of one plan the user may see, newest first.</summary>
public static class ReadAuditLog
{
    public static async Task<IReadOnlyList<AuditEntry>?> RunAsync(CaiTienDb db, CurrentUser user, int planId, int take = 500, CancellationToken ct = default)
    {
        if (!await db.Plans.VisibleTo(user).AnyAsync(p => p.Id == planId, ct)) return null;
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.PlanId == planId)
            .OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
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

    public static string ActionLabel(string action) => action switch
    {
        "Added" => "Thêm",
        "Modified" => "Sửa",
        "Deleted" => "Xóa",
        _ => action,
    };
}
