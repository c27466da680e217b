using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>An issued plan is never edited: a change starts the next revision as a draft copy of it.</summary>
public static class RevisePlan
{
    public sealed record Result(int? PlanId, string? Error);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default)
    {
        var issued = await db.Plans.EditableBy(user).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (issued is null) return new Result(null, "Không tìm thấy kế hoạch, hoặc bạn không có quyền điều chỉnh.");
        if (issued.Status != PlanStatus.Issued) return new Result(null, "Chỉ kế hoạch đã ban hành mới cần tạo bản điều chỉnh; bản nháp sửa trực tiếp.");
        var open = await db.Plans.Where(p => p.PreviousRevisionId == issued.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (open is not null) return new Result(open, null);

        var now = clock.GetUtcNow();
        var draft = new Plan
        {
            SchoolId = issued.SchoolId,
            SchoolYear = issued.SchoolYear,
            FrameworkId = issued.FrameworkId,
            SchoolName = issued.SchoolName,
            SchoolLevel = issued.SchoolLevel,
            Revision = issued.Revision + 1,
            PreviousRevisionId = issued.Id,
            CreatedAt = now,
        };
        PlanMapping.Apply(ExportPlan.ToDocument(issued), draft);
        foreach (var (row, source) in draft.Items.Zip(issued.OrderedRows()))
        {
            row.Completed = source.Completed;
            row.RowKey = source.RowKey;
        }
        draft.Touch(now);
        db.Plans.Add(draft);
        await db.SaveChangesAsync(ct);
        return new Result(draft.Id, null);
    }
}
