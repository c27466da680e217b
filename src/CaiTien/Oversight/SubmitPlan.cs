using CaiTien.Accounts;
using CaiTien.Checking;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The school sends an issued plan to the unit supervising it in the plan's school year (cơ quan quản lý trực tiếp). Open checker errors need the sender's confirmation.</summary>
public static class SubmitPlan
{
    /// <summary>Done when both are empty; <see cref="UnconfirmedErrors"/> &gt; 0 asks the sender to confirm.</summary>
    public sealed record Result(string? Error, int UnconfirmedErrors)
    {
        public bool Ok => Error is null && UnconfirmedErrors == 0;
    }

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, bool confirmed, TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.EditableBy(user).AsNoTracking()
            .Select(p => new { p.Id, p.SchoolId, p.SchoolYear, p.Revision, p.Status, p.SchoolName })
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return Fail("Không tìm thấy kế hoạch, hoặc bạn không có quyền nộp kế hoạch này.");
        if (plan.Status != PlanStatus.Issued)
            return Fail("Kế hoạch còn là bản nháp: hãy ban hành trước khi nộp cơ quan quản lý trực tiếp.");
        var newer = await db.Plans.AnyAsync(p => p.SchoolId == plan.SchoolId && p.SchoolYear == plan.SchoolYear
            && p.Revision > plan.Revision && p.Status == PlanStatus.Issued, ct);
        if (newer) return Fail("Đã có bản điều chỉnh mới hơn được ban hành; hãy nộp bản mới nhất.");
        var previous = await db.PlanSubmissions.Where(s => s.PlanId == planId).OrderByDescending(s => s.Id)
            .Select(s => (SubmissionStatus?)s.Status).FirstOrDefaultAsync(ct);
        switch (previous)
        {
            case SubmissionStatus.Submitted: return Fail("Kế hoạch đã nộp, đang chờ cơ quan quản lý trực tiếp xem xét.");
            case SubmissionStatus.Accepted: return Fail("Cơ quan quản lý trực tiếp đã chấp nhận bản kế hoạch này.");
            case SubmissionStatus.ChangesRequested:
                return Fail("Cơ quan quản lý trực tiếp đã yêu cầu chỉnh sửa bản này: hãy tạo bản điều chỉnh, ban hành rồi nộp lại.");
        }

        var lines = await CheckPlan.RunAsync(db, user, planId, ct) ?? [];
        var openErrors = lines.Count(l => l.Open && l.Finding.Severity == Severities.Error);
        if (openErrors > 0 && !confirmed) return new Result(null, openErrors);

        var now = clock.GetUtcNow();
        // The unit of the plan's own school year: a 2024-2025 plan still goes to the Phòng GD&ĐT of the district.
        var unit = await Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear, ct);
        db.PlanSubmissions.Add(new PlanSubmission
        {
            PlanId = plan.Id, SchoolId = plan.SchoolId, DistrictId = unit.Id, SchoolYear = plan.SchoolYear,
            Revision = plan.Revision, Status = SubmissionStatus.Submitted, SubmittedAt = now, SubmittedBy = user.Name,
            OpenErrorsAtSubmission = openErrors,
        });
        var what = plan.Revision > 1 ? $"bản điều chỉnh lần {plan.Revision - 1}" : "kế hoạch";
        await Notifications.ToDistrictAsync(db, unit.Id, plan.SchoolId, $"{plan.SchoolName} đã nộp {what} năm học {plan.SchoolYear}.", ReviewLinks.Review(plan.Id), now, ct);
        await db.SaveChangesAsync(ct);
        return new Result(null, 0);
    }

    private static Result Fail(string message) => new(message, 0);
}
