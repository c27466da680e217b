using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>"Tạo kế hoạch cải tiến": the principal turns chosen weak criteria into rows of the school
/// year's plan draft (created from the school record when there is none), pre-filled with the criterion,
/// its title, the weakness and the improvement idea (as the row's tasks) written in the rating sheet and the target level, and stores the
/// self-assessment counts in the plan.</summary>
public static class CreatePlanItemsFromWeakCriteria
{
    /// <param name="TargetLevel">The level to reach; null = the criterion's next level.</param>
    public sealed record Choice(string CriterionCode, int? TargetLevel);

    public sealed record Result(Outcome Outcome, int? PlanId, int Added);

    public static string PlanTitle(string schoolYear) => $"KẾ HOẠCH Cải tiến chất lượng giáo dục năm học {schoolYear}";

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, IReadOnlyList<Choice> choices,
        TimeProvider clock, CancellationToken ct = default)
    {
        if (!AssessmentAccess.CanManage(user)) return Refused(Outcome.Forbidden(AssessmentAccess.ManageOnlyMessage));
        var assessment = await AssessmentAccess.FindAsync(db, user, schoolYear, ct);
        if (assessment is null) return Refused(Outcome.NotFound($"Trường chưa có đợt tự đánh giá năm học {schoolYear}."));
        if (choices.Count == 0) return Refused(Outcome.Invalid("Chưa chọn tiêu chí nào để đưa vào kế hoạch cải tiến."));
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var result = await EvaluateAssessment.RunAsync(db, assessment, ct);

        var errors = new List<string>();
        var rows = new List<(string Code, int Target)>();
        foreach (var choice in choices.DistinctBy(c => c.CriterionCode))
        {
            var criterion = framework.FindCriterion(choice.CriterionCode);
            var computed = result.Find(choice.CriterionCode);
            if (criterion is null || computed is null)
            {
                errors.Add($"Tiêu chí {choice.CriterionCode} không có trong bộ tiêu chí của Thông tư {framework.Circular}.");
                continue;
            }
            var target = choice.TargetLevel ?? computed.Level + 1;
            if (computed.Level >= computed.HighestLevel)
                errors.Add($"Tiêu chí {criterion.Code} đã đạt Mức {computed.Level}, mức cao nhất của tiêu chí; không cần đưa vào kế hoạch cải tiến.");
            else if (target <= computed.Level || target > computed.HighestLevel)
                errors.Add($"Tiêu chí {criterion.Code} đang ở {computed.LevelText}: mức cần đạt phải từ Mức {computed.Level + 1} đến Mức {computed.HighestLevel}.");
            else
                rows.Add((criterion.Code, target));
        }
        if (errors.Count > 0) return Refused(Outcome.Invalid(errors));

        var plan = await db.Plans.Include(p => p.Items)
            .Where(p => p.SchoolId == assessment.SchoolId && p.SchoolYear == schoolYear)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        if (plan is { IsEditable: false })
            return Refused(Outcome.Invalid($"Kế hoạch năm học {schoolYear} đã ban hành nên không thể thêm dòng; hãy tạo bản điều chỉnh của kế hoạch trước."));
        if (plan is not null && plan.FrameworkId != framework.Id)
            return Refused(Outcome.Invalid($"Kế hoạch năm học {schoolYear} theo bộ tiêu chuẩn {plan.FrameworkId}, còn kết quả tự đánh giá theo Thông tư {framework.Circular}; không thể ghép."));

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (plan is null)
        {
            // A new draft gets the same header as any plan started from blank (school record, framework, title).
            var created = await CreatePlan.BlankAsync(db, user, schoolYear, clock, ct);
            if (created.PlanId is null) return Refused(Outcome.Invalid(created.Error!));
            plan = await db.Plans.Include(p => p.Items).FirstAsync(p => p.Id == created.PlanId, ct);
            if (plan.FrameworkId != framework.Id)
                return Refused(Outcome.Invalid($"Kế hoạch mới theo bộ tiêu chuẩn {plan.FrameworkId}, còn kết quả tự đánh giá theo Thông tư {framework.Circular}; không thể ghép."));
        }

        var codes = rows.Select(r => r.Code).ToList();
        var sheets = await db.CriterionReports.AsNoTracking()
            .Where(r => r.AssessmentId == assessment.Id && codes.Contains(r.CriterionCode))
            .ToDictionaryAsync(r => r.CriterionCode, r => new { r.Weaknesses, r.ImprovementIdea }, ct);
        var skipped = new List<string>();
        var added = 0;
        foreach (var (code, target) in rows)
        {
            if (plan.Items.Any(i => i.Criterion == code && i.TargetLevel == target))
            {
                skipped.Add(code);
                continue;
            }
            plan.AddRow(new PlanRow
            {
                Criterion = code,
                CriterionTitleAsWritten = framework.FindCriterion(code)!.Title,
                Weakness = sheets.GetValueOrDefault(code)?.Weaknesses,
                // The idea written while rating becomes the row's tasks, so it is not typed twice or lost.
                Tasks = sheets.GetValueOrDefault(code)?.ImprovementIdea,
                TargetResult = $"Đạt Mức {target}",
                TargetLevel = target,
            });
            added++;
        }
        plan.SelfAssessment = result.ToSummary(schoolYear);
        plan.Touch(now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var messages = new List<string> { $"Đã thêm {added} dòng vào kế hoạch cải tiến năm học {schoolYear}." };
        if (skipped.Count > 0)
            messages.Add($"Kế hoạch đã có dòng cho tiêu chí {string.Join(", ", skipped)} với cùng mức cần đạt; không thêm lại.");
        return new Result(Outcome.Done(messages.ToArray()), plan.Id, added);
    }

    private static Result Refused(Outcome outcome) => new(outcome, null, 0);
}
