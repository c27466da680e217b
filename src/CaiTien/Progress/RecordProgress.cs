using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress;

public sealed record ProgressInput(RowStatus Status, int Percent, string? Note, DateOnly? On);

/// <summary>Records a progress report on a row of an issued plan: status, percent and a dated note. "Hoàn thành"
/// marks the row completed (so next year's plan leaves it out) and counts as 100 %.</summary>
public static class RecordProgress
{
    public const int MaxNoteLength = 4000;

    /// <returns>null when saved; otherwise a Vietnamese message and nothing was changed.</returns>
    public static async Task<string?> RunAsync(CaiTienDb db, CurrentUser user, int rowId, ProgressInput input, TimeProvider clock, CancellationToken ct = default)
    {
        var context = await RowAccess.LoadAsync(db, user, rowId, ct);
        if (context is null) return "Không tìm thấy dòng kế hoạch.";
        if (context.Plan.Status != PlanStatus.Issued) return "Kế hoạch chưa ban hành; chưa ghi tiến độ được.";
        if (!context.MayReport(user)) return RowAccess.NotAllowed;
        if (!Enum.IsDefined(input.Status)) return "Trạng thái không hợp lệ.";
        if (input.Percent is < 0 or > 100) return "Tỉ lệ hoàn thành phải từ 0 đến 100%.";
        if (input.Note?.Length > MaxNoteLength) return $"Ghi chú dài quá {MaxNoteLength} ký tự.";

        var now = clock.GetUtcNow();
        var percent = input.Status == RowStatus.Done ? 100 : input.Percent;
        var state = await db.Set<RowProgress>().FirstOrDefaultAsync(p => p.PlanRowId == rowId, ct);
        if (state is null)
        {
            state = new RowProgress { PlanId = context.Plan.Id, PlanRowId = rowId };
            db.Add(state);
        }
        state.Status = input.Status;
        state.Percent = percent;
        state.UpdatedAt = now;
        state.UpdatedBy = user.Name;
        context.Row.Completed = input.Status == RowStatus.Done;
        db.Add(new ProgressEntry
        {
            PlanId = context.Plan.Id,
            PlanRowId = rowId,
            Status = input.Status,
            Percent = percent,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            On = input.On ?? Deadlines.Today(clock),
            RecordedAt = now,
            RecordedBy = user.Name,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
