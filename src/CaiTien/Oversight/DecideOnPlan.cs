using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

public enum ReviewDecision
{
    RequestChanges,
    Accept,
}

/// <summary>The supervising unit closes the review of a submitted plan: accept it, or send it back for changes.</summary>
public static class DecideOnPlan
{
    public static async Task<string?> RunAsync(CaiTienDb db, CurrentUser user, int planId, ReviewDecision decision, string? note, TimeProvider clock, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(decision)) return "Quyết định không hợp lệ: chỉ chọn \"Yêu cầu chỉnh sửa\" hoặc \"Chấp nhận kế hoạch\".";
        if (!await Reviewers.CanReviewAsync(db, user, planId, ct)) return "Chỉ chuyên viên cơ quan quản lý trực tiếp của trường quyết định về kế hoạch đã nộp.";
        var plan = await db.Plans.VisibleTo(user).Select(p => new { p.Id, p.SchoolId, p.SchoolYear }).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return "Không tìm thấy kế hoạch.";
        var submission = await db.PlanSubmissions.Where(s => s.PlanId == planId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (submission is null) return "Kế hoạch này chưa được nộp cơ quan quản lý trực tiếp, chưa thể quyết định.";
        if (submission.Status != SubmissionStatus.Submitted) return "Cơ quan quản lý trực tiếp đã quyết định về lần nộp này rồi.";
        if (await db.PlanSubmissions.AnyAsync(s => s.SchoolId == plan.SchoolId && s.SchoolYear == plan.SchoolYear && s.Id > submission.Id, ct))
            return "Trường đã nộp một bản điều chỉnh mới hơn; hãy xem xét bản mới nhất.";
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > CommentOnPlan.MaxLength }) return $"Ý kiến dài quá {CommentOnPlan.MaxLength} ký tự.";
        if (decision == ReviewDecision.RequestChanges && note is null
            && !await db.ReviewComments.AnyAsync(c => c.SubmissionId == submission.Id, ct))
            return "Hãy ghi góp ý (cho cả kế hoạch hoặc từng dòng) trước khi yêu cầu chỉnh sửa.";

        var now = clock.GetUtcNow();
        submission.Status = decision == ReviewDecision.Accept ? SubmissionStatus.Accepted : SubmissionStatus.ChangesRequested;
        submission.DecidedAt = now;
        submission.DecidedBy = user.Name;
        submission.DecisionNote = note;
        var message = decision == ReviewDecision.Accept
            ? $"Cơ quan quản lý trực tiếp đã chấp nhận kế hoạch năm học {plan.SchoolYear}."
            : $"Cơ quan quản lý trực tiếp yêu cầu chỉnh sửa kế hoạch năm học {plan.SchoolYear}; xem góp ý bên cạnh các dòng.";
        await Notifications.ToSchoolAsync(db, plan.SchoolId, message, ReviewLinks.Plan(plan.Id), now, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
