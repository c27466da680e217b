using CaiTien.Data;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>Phiếu giao việc: for each staff member, the rows of the year's plan she leads or coordinates (found by name or
/// position, as "Việc của tôi" does) and the evidence of the criteria she is assigned to rate, with dates.</summary>
public static class AssignmentSheets
{
    public sealed record RowTask(string Criterion, string Role, string? TargetResult, string? Tasks, string? Time, DateOnly? Due);

    public sealed record EvidenceTask(string Criterion, string Code, bool HasFile, IReadOnlyList<string> SharedWith);

    public sealed record Sheet(int StaffId, string Name, string Position, IReadOnlyList<RowTask> Rows, IReadOnlyList<EvidenceTask> Evidence);

    public static async Task<IReadOnlyList<Sheet>> RunAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct)
    {
        var staff = await RowAccess.StaffOfSchoolAsync(db, assessment.SchoolId, ct);
        var rows = await BuildAssessmentReport.YearPlanRowsAsync(db, assessment, ct);
        var seats = await db.CriterionAssignments.AsNoTracking().Where(a => a.AssessmentId == assessment.Id)
            .Select(a => new { a.CriterionCode, a.Seat!.StaffMemberId, a.Seat.Name }).ToListAsync(ct);
        var evidence = await AssessmentEvidence.LoadAsync(db, assessment, ct);
        var sheets = new List<Sheet>();
        foreach (var member in staff)
        {
            var tasks = new List<RowTask>();
            foreach (var row in rows)
            {
                var role = StaffMatching.RoleOf(member, staff, row.Lead, row.Coordinators);
                if (role == RowRole.None) continue;
                tasks.Add(new RowTask(row.Criterion, role == RowRole.Lead ? "Chủ trì" : "Phối hợp", row.TargetResult, row.Tasks, row.TimeText, Deadlines.DueOn(row.End)));
            }
            var criteria = seats.Where(s => s.StaffMemberId == member.Id || s.StaffMemberId == null && s.Name == member.FullName)
                .Select(s => s.CriterionCode).ToHashSet();
            var items = evidence.Citations.Where(c => c.Criteria.Any(criteria.Contains))
                .Select(c => new EvidenceTask(c.Criteria.First(criteria.Contains), c.Code, evidence.FileByKey.ContainsKey(c.Key),
                    c.Criteria.Where(x => !criteria.Contains(x)).ToList()))
                .ToList();
            if (tasks.Count > 0 || items.Count > 0 || criteria.Count > 0)
                sheets.Add(new Sheet(member.Id, member.FullName, member.Position, tasks, items));
        }
        return sheets;
    }
}
