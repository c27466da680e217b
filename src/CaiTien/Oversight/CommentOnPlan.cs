using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>A district officer remarks on a submitted plan, as a whole or on one of its rows.</summary>
public static class CommentOnPlan
{
    public const int MaxLength = 4000;

    public static async Task<string?> RunAsync(CaiTienDb db, CurrentUser user, int planId, int? rowId, string? text, TimeProvider clock, CancellationToken ct = default)
    {
        if (!await Reviewers.CanReviewAsync(db, user, planId, ct)) return "Chỉ chuyên viên cơ quan quản lý trực tiếp của trường góp ý kế hoạch đã nộp.";
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return "Hãy nhập nội dung góp ý.";
        if (text.Length > MaxLength) return $"Góp ý dài quá {MaxLength} ký tự.";
        var submission = await db.PlanSubmissions.Where(s => s.PlanId == planId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (submission is null || submission.Status != SubmissionStatus.Submitted)
            return "Kế hoạch này không ở trạng thái chờ Phòng xem xét, không thể góp ý.";

        int? rowNumber = null;
        string? criterion = null;
        if (rowId is { } id)
        {
            var rows = await db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).Select(r => new { r.Id, r.Criterion }).ToListAsync(ct);
            var index = rows.FindIndex(r => r.Id == id);
            if (index < 0) return "Dòng được góp ý không thuộc kế hoạch này.";
            rowNumber = index + 1;
            criterion = rows[index].Criterion;
        }
        db.ReviewComments.Add(new ReviewComment
        {
            PlanId = planId, SubmissionId = submission.Id, PlanRowId = rowId, RowNumber = rowNumber, Criterion = criterion,
            Text = text, AuthorId = user.UserId, AuthorName = user.Name, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
