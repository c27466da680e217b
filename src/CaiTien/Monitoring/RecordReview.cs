using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Monitoring;

public sealed record ReviewInput(ReviewPeriod Period, string? DocumentNumber, DateOnly? ReviewedOn, string? Conclusion, IReadOnlyList<ReviewFinding> Findings);

/// <summary>Saves the monitoring team's review of an issued plan for one period (one review per period, saved
/// again to amend it). Only members of the school's Tổ giám sát may record it.</summary>
public static class RecordReview
{
    public const int MaxTextLength = 4000;

    public sealed record Result(int? ReviewId, string? Error);

    public static bool MayReview(CurrentUser user, int schoolId) => user.Role == Roles.MonitoringMember && user.SchoolId == schoolId;

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, ReviewInput input, TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.VisibleTo(user).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return new Result(null, "Không tìm thấy kế hoạch.");
        if (!MayReview(user, plan.SchoolId))
            return new Result(null, "Chỉ thành viên Tổ giám sát của trường mới được ghi kết quả giám sát; không có gì thay đổi.");
        if (plan.Status != PlanStatus.Issued) return new Result(null, "Kế hoạch chưa ban hành; chưa giám sát được.");
        if (!Enum.IsDefined(input.Period)) return new Result(null, "Đợt giám sát không hợp lệ.");
        var rowIds = plan.Items.Select(r => r.Id).ToHashSet();
        if (input.Findings.Any(f => !rowIds.Contains(f.RowId))) return new Result(null, "Có nhận xét cho dòng không thuộc kế hoạch này.");
        if (input.Findings.GroupBy(f => f.RowId).Any(g => g.Count() > 1)) return new Result(null, "Mỗi dòng chỉ có một nhận xét.");
        if (input.Findings.Any(f => f.Rating is { Length: > 0 } r && !ReviewPeriods.Ratings.Contains(r)))
            return new Result(null, "Mức đánh giá không hợp lệ.");
        if (input.Findings.Any(f => f.Finding?.Length > MaxTextLength || f.Recommendation?.Length > MaxTextLength) || input.Conclusion?.Length > MaxTextLength)
            return new Result(null, $"Nội dung dài quá {MaxTextLength} ký tự.");

        var now = clock.GetUtcNow();
        // The report is signed by the person on the school's staff list, not by the account's display name.
        var reviewer = await db.Users.Where(u => u.Id == user.UserId && u.StaffMemberId != null)
            .Select(u => db.Set<CaiTien.Schools.StaffMember>().Where(s => s.Id == u.StaffMemberId).Select(s => s.FullName).FirstOrDefault())
            .FirstOrDefaultAsync(ct) ?? user.Name;
        var review = await db.Set<MonitoringReview>().FirstOrDefaultAsync(r => r.PlanId == planId && r.Period == input.Period, ct);
        if (review is null)
        {
            review = new MonitoringReview { PlanId = planId, Period = input.Period, ReviewerName = reviewer, CreatedAt = now };
            db.Add(review);
        }
        review.DocumentNumber = Clean(input.DocumentNumber) ?? review.DocumentNumber ?? await SuggestNumberAsync(db, plan, ct);
        review.ReviewedOn = input.ReviewedOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        review.Conclusion = Clean(input.Conclusion);
        review.Findings = input.Findings
            .Select(f => new ReviewFinding(f.RowId, Clean(f.Finding), Clean(f.Rating), Clean(f.Recommendation)))
            .Where(f => f.Finding is not null || f.Rating is not null || f.Recommendation is not null)
            .OrderBy(f => plan.Items.First(r => r.Id == f.RowId).Position).ToList();
        review.ReviewerName = reviewer;
        review.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new Result(review.Id, null);
    }

    /// <summary>The report's own number: the next serial among the school's monitoring reports of that school
    /// year, with the symbol BC-TGS (báo cáo của Tổ giám sát).</summary>
    public static async Task<string> SuggestNumberAsync(CaiTienDb db, Plan plan, CancellationToken ct)
    {
        var count = await db.Set<MonitoringReview>()
            .CountAsync(r => db.Plans.Any(p => p.Id == r.PlanId && p.SchoolId == plan.SchoolId && p.SchoolYear == plan.SchoolYear), ct);
        return $"{count + 1:00}/BC-TGS";
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
