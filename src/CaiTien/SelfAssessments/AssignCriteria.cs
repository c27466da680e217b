using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>The principal gives each criterion to one council member, who rates it. The submitted map
/// replaces the previous assignments; a criterion mapped to null is left unassigned.</summary>
public static class AssignCriteria
{
    public static async Task<Outcome> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear,
        IReadOnlyDictionary<string, int?> seatByCriterion, TimeProvider clock, CancellationToken ct = default)
    {
        if (!AssessmentAccess.CanManage(user)) return Outcome.Forbidden(AssessmentAccess.ManageOnlyMessage);
        var assessment = await AssessmentAccess.FindAsync(db, user, schoolYear, ct);
        if (assessment is null) return Outcome.NotFound($"Năm học {schoolYear} chưa thành lập Hội đồng tự đánh giá; hãy thành lập hội đồng trước khi phân công.");
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var councilSeats = await db.CouncilSeats.AsNoTracking()
            .Where(s => s.AssessmentId == assessment.Id && s.Team == AssessmentTeam.Council)
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, ct);

        var errors = new List<string>();
        foreach (var (code, seatId) in seatByCriterion)
        {
            if (framework.FindCriterion(code) is null)
                errors.Add($"Tiêu chí {code} không có trong bộ tiêu chí của Thông tư {framework.Circular}.");
            else if (seatId is { } id && !councilSeats.ContainsKey(id))
                errors.Add($"Tiêu chí {code}: người được phân công không phải thành viên Hội đồng tự đánh giá năm học {schoolYear}.");
        }
        if (errors.Count > 0) return Outcome.Invalid(errors);

        var current = await db.CriterionAssignments.Where(a => a.AssessmentId == assessment.Id).ToListAsync(ct);
        foreach (var (code, seatId) in seatByCriterion)
        {
            var assignment = current.FirstOrDefault(a => a.CriterionCode == code);
            if (seatId is null)
            {
                if (assignment is not null) db.CriterionAssignments.Remove(assignment);
            }
            else if (assignment is null)
                db.CriterionAssignments.Add(new CriterionAssignment { AssessmentId = assessment.Id, CriterionCode = code, SeatId = seatId.Value });
            else
                assignment.SeatId = seatId.Value;
        }
        assessment.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var assigned = seatByCriterion.Count(p => p.Value is not null);
        return Outcome.Done($"Đã phân công {assigned}/{framework.Criteria.Count()} tiêu chí.");
    }
}
