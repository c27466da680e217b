using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Monitoring;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress.Reminders;

public sealed record ReminderDraft(string Key, string UserId, string? Email, int SchoolId, int? PlanId, ReminderKind Kind, string Subject, string Message, string? Link);

/// <summary>What is due on a day, school by school, for the plans in force of the school year containing that day:
/// rows ending within 14 days and overdue rows (to their lead and coordinators), the monitoring reviews (to the
/// Tổ giám sát, from 14 days before the end of semester I / of the year until done), and the principal's June
/// deadlines: self-assessment approval before 15/6 and publication before 30/6.</summary>
public static class ReminderPlanner
{
    public const int DaysAhead = 14;

    private sealed record Recipient(string Id, string? Email, string Role, int? StaffMemberId);

    public static async Task<List<ReminderDraft>> PlanAsync(CaiTienDb db, DateOnly today, CancellationToken ct = default)
    {
        var year = SchoolYears.Containing(today);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Items).Include(p => p.School).ThenInclude(s => s!.District)
            .Where(p => p.Status == PlanStatus.Issued && p.SchoolYear == year).ToListAsync(ct);
        var replaced = plans.Where(p => p.PreviousRevisionId is not null).Select(p => p.PreviousRevisionId!.Value).ToHashSet();
        var drafts = new List<ReminderDraft>();
        foreach (var plan in plans.Where(p => !replaced.Contains(p.Id)))
        {
            var users = await db.Users.AsNoTracking().Where(u => u.SchoolId == plan.SchoolId && u.DeactivatedAt == null)
                .Select(u => new Recipient(u.Id, u.Email, u.Role, u.StaffMemberId)).ToListAsync(ct);
            var staff = await RowAccess.StaffOfSchoolAsync(db, plan.SchoolId, ct);
            drafts.AddRange(RowReminders(plan, users, staff, today));
            // The province of the unit supervising the school that year (a merged province's schools follow the new one).
            var unit = await Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear, ct);
            var calendar = await SchoolCalendars.ResolveAsync(db, unit.ProvinceId, plan.SchoolYear, ct);
            var reviewed = await db.Set<MonitoringReview>().Where(r => r.PlanId == plan.Id).Select(r => r.Period).ToListAsync(ct);
            drafts.AddRange(ReviewReminders(plan, users, calendar, reviewed, today));
            drafts.AddRange(JuneReminders(plan, users, today));
        }
        return drafts;
    }

    private static IEnumerable<ReminderDraft> RowReminders(Plan plan, IReadOnlyList<Recipient> users, IReadOnlyList<Schools.StaffMember> staff, DateOnly today)
    {
        foreach (var row in plan.OrderedRows().Where(r => !r.Completed))
        {
            if (Deadlines.DueOn(row.End) is not { } due) continue;
            var soon = due >= today && due.DayNumber - today.DayNumber <= DaysAhead;
            var overdue = due < today;
            if (!soon && !overdue) continue;
            foreach (var user in users)
            {
                var member = staff.FirstOrDefault(s => s.Id == user.StaffMemberId);
                if (member is null || StaffMatching.RoleOf(member, staff, row.Lead, row.Coordinators) == RowRole.None) continue;
                var what = $"tiêu chí {row.Criterion} – {row.TargetResult}";
                yield return soon
                    ? new ReminderDraft($"row-due:{row.Id}:{row.End}:{user.Id}", user.Id, user.Email, plan.SchoolId, plan.Id, ReminderKind.RowDueSoon,
                        $"Sắp đến hạn: tiêu chí {row.Criterion} (hạn {due:dd/MM/yyyy})",
                        $"Nội dung {what} của kế hoạch cải tiến năm học {plan.SchoolYear} đến hạn ngày {due:dd/MM/yyyy}. Hãy cập nhật tiến độ và minh chứng.",
                        $"/tien-do/dong/{row.Id}")
                    : new ReminderDraft($"row-overdue:{row.Id}:{row.End}:{user.Id}", user.Id, user.Email, plan.SchoolId, plan.Id, ReminderKind.RowOverdue,
                        $"Quá hạn: tiêu chí {row.Criterion} (hạn {due:dd/MM/yyyy})",
                        $"Nội dung {what} của kế hoạch cải tiến năm học {plan.SchoolYear} đã quá hạn ngày {due:dd/MM/yyyy} mà chưa hoàn thành.",
                        $"/tien-do/dong/{row.Id}");
            }
        }
    }

    private static IEnumerable<ReminderDraft> ReviewReminders(Plan plan, IReadOnlyList<Recipient> users, CalendarDates calendar,
        IReadOnlyList<ReviewPeriod> reviewed, DateOnly today)
    {
        foreach (var (period, due) in new[] { (ReviewPeriod.SemesterOne, calendar.SemesterOneEnd), (ReviewPeriod.YearEnd, calendar.YearEnd) })
        {
            if (reviewed.Contains(period) || today < due.AddDays(-DaysAhead) || today > due.AddDays(DaysAhead)) continue;
            foreach (var user in users.Where(u => u.Role == Roles.MonitoringMember))
                yield return new ReminderDraft($"review-due:{plan.Id}:{period}:{user.Id}", user.Id, user.Email, plan.SchoolId, plan.Id, ReminderKind.ReviewDue,
                    $"Đến kỳ giám sát {ReviewPeriods.Label(period)} (ngày {due:dd/MM/yyyy})",
                    $"Tổ giám sát ghi kết quả giám sát thực hiện kế hoạch cải tiến {ReviewPeriods.Label(period)} năm học {plan.SchoolYear}, hạn ngày {due:dd/MM/yyyy}.",
                    $"/ke-hoach/{plan.Id}/giam-sat?period={period}");
        }
    }

    private static IEnumerable<ReminderDraft> JuneReminders(Plan plan, IReadOnlyList<Recipient> users, DateOnly today)
    {
        var endYear = SchoolYears.StartYear(plan.SchoolYear) + 1;
        var deadlines = new[]
        {
            (ReminderKind.SelfAssessmentApproval, new DateOnly(endYear, 6, 15), "self-assessment",
                "Phê duyệt báo cáo tự đánh giá trước ngày 15/6", "Hiệu trưởng phê duyệt báo cáo tự đánh giá năm học {0} trước ngày 15/6/{1}."),
            (ReminderKind.Publication, new DateOnly(endYear, 6, 30), "publication",
                "Công khai kết quả trước ngày 30/6", "Công khai báo cáo tự đánh giá và kết quả thực hiện kế hoạch cải tiến năm học {0} trước ngày 30/6/{1}."),
        };
        foreach (var (kind, due, key, subject, message) in deadlines)
        {
            if (today < due.AddDays(-DaysAhead) || today > due) continue;
            foreach (var user in users.Where(u => u.Role == Roles.Principal))
                yield return new ReminderDraft($"{key}:{plan.SchoolId}:{plan.SchoolYear}:{user.Id}", user.Id, user.Email, plan.SchoolId, plan.Id, kind,
                    subject, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, plan.SchoolYear, endYear), $"/ke-hoach/{plan.Id}/tien-do");
        }
    }
}
