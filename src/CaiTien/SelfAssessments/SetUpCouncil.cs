using System.Globalization;
using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.SelfAssessments.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>The principal sets up the council (Hội đồng tự đánh giá) and the monitoring team (Tổ giám sát)
/// of a school year. The submitted list replaces the previous one; rows without a name are dropped.</summary>
public static class SetUpCouncil
{
    /// <param name="SeatId">An existing seat being kept (its assignments stay), or null for a new one.</param>
    /// <param name="StaffMemberId">When chosen from the staff list; the name defaults to the staff member's.</param>
    /// <param name="UserId">The account that rates the criteria assigned to this person.</param>
    public sealed record SeatInput(int? SeatId, AssessmentTeam Team, CouncilRole Role, string? Name, string? Position, int? StaffMemberId, string? UserId);

    public static async Task<Outcome> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, IReadOnlyList<SeatInput> input,
        TimeProvider clock, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (assessment, refused) = await AssessmentAccess.FindOrStartAsync(db, user, schoolYear, now, ct);
        if (refused is not null) return refused;
        var schoolId = user.SchoolId!.Value;

        var staff = await db.Staff.AsNoTracking().Where(s => s.SchoolId == schoolId).ToDictionaryAsync(s => s.Id, ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.SchoolId == schoolId).Select(u => u.Id).ToListAsync(ct);
        List<CouncilSeat> existing = assessment!.Id == 0 ? [] : await db.CouncilSeats.Where(s => s.AssessmentId == assessment.Id).ToListAsync(ct);

        var errors = new List<string>();
        var rows = new List<SeatInput>();
        foreach (var submitted in input)
        {
            var row = submitted;
            var name = Clean(row.Name);
            if (name is null && row.StaffMemberId is { } sid && staff.TryGetValue(sid, out var fromStaff)) name = fromStaff.FullName;
            if (name is null) continue;
            // A typed name that is on the staff list is linked to it, so the position comes along.
            if (row.StaffMemberId is null && staff.Values.FirstOrDefault(s => Fold(s.FullName) == Fold(name)) is { } named)
                row = row with { StaffMemberId = named.Id };
            var line = rows.Count + 1;
            if (row.StaffMemberId is { } staffId && !staff.ContainsKey(staffId))
                errors.Add($"Dòng {line} ({name}): người này không có trong danh sách cán bộ của trường.");
            if (Clean(row.UserId) is { } account && !accounts.Contains(account))
                errors.Add($"Dòng {line} ({name}): tài khoản được chọn không thuộc trường.");
            if (row.SeatId is { } seatId && existing.All(s => s.Id != seatId))
                errors.Add($"Dòng {line} ({name}): không tìm thấy thành viên này trong hội đồng năm học {schoolYear}.");
            if (!Enum.IsDefined(row.Role) || !Enum.IsDefined(row.Team))
                errors.Add($"Dòng {line} ({name}): vai trò không hợp lệ.");
            rows.Add(row with { Name = name, Position = Clean(row.Position) ?? (row.StaffMemberId is { } p && staff.TryGetValue(p, out var s) ? s.Position : null), UserId = Clean(row.UserId) });
        }
        foreach (var team in rows.GroupBy(r => r.Team))
            foreach (var twice in team.Where(r => r.UserId is not null).GroupBy(r => r.UserId).Where(g => g.Count() > 1))
                errors.Add($"Một tài khoản được gắn cho nhiều người trong {TeamName(team.Key)}: {string.Join(", ", twice.Select(r => r.Name))}.");
        if (errors.Count > 0)
        {
            if (assessment.Id == 0) db.Entry(assessment).State = EntityState.Detached;
            return Outcome.Invalid(errors);
        }

        var kept = rows.Where(r => r.SeatId is not null).Select(r => r.SeatId!.Value).ToHashSet();
        var removed = existing.Where(s => !kept.Contains(s.Id)).ToList();
        // Only council members rate: a person who leaves the council (or moves to the monitoring team) loses their criteria.
        var unassigned = removed.Select(s => s.Id)
            .Concat(rows.Where(r => r.SeatId is not null && r.Team != AssessmentTeam.Council).Select(r => r.SeatId!.Value)).ToList();
        if (unassigned.Count > 0)
            db.CriterionAssignments.RemoveRange(await db.CriterionAssignments.Where(a => unassigned.Contains(a.SeatId)).ToListAsync(ct));
        db.CouncilSeats.RemoveRange(removed);
        var order = 0;
        foreach (var row in rows)
        {
            var seat = row.SeatId is { } id ? existing.First(s => s.Id == id) : new CouncilSeat { Name = row.Name! };
            seat.Team = row.Team;
            seat.Role = row.Role;
            seat.Name = row.Name!;
            seat.Position = row.Position;
            seat.StaffMemberId = row.StaffMemberId;
            seat.UserId = row.UserId;
            seat.Order = order++;
            if (row.SeatId is null) assessment.Seats.Add(seat);
        }
        assessment.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        var council = rows.Count(r => r.Team == AssessmentTeam.Council);
        var monitoring = rows.Count(r => r.Team == AssessmentTeam.Monitoring);
        return Outcome.Done($"Đã lưu Hội đồng tự đánh giá ({council} thành viên) và Tổ giám sát ({monitoring} thành viên) năm học {schoolYear}.");
    }

    /// <summary>What is wrong with a council as set up (nothing blocks saving): the framework's council rule,
    /// the chair who must be the principal, and the monitoring team.</summary>
    public static IReadOnlyList<string> Warnings(Framework framework, IReadOnlyCollection<CouncilSeat> seats, IReadOnlyCollection<string> principalAccounts)
    {
        var council = seats.Where(s => s.Team == AssessmentTeam.Council).ToList();
        var warnings = CouncilCheck.Check(framework, council.Select(s => new CouncilMember(s.Name, s.Role)).ToList())
            .Select(w => w.Message).ToList();
        var chairs = council.Where(s => s.Role == CouncilRole.Chair).ToList();
        if (chairs.Count == 1 && (chairs[0].UserId is null || !principalAccounts.Contains(chairs[0].UserId!)))
            warnings.Add("Chủ tịch hội đồng là hiệu trưởng: hãy gắn tài khoản hiệu trưởng cho Chủ tịch hội đồng.");
        var monitoring = seats.Where(s => s.Team == AssessmentTeam.Monitoring).ToList();
        if (monitoring.Count == 0)
            warnings.Add("Chưa có Tổ giám sát.");
        else if (monitoring.Count(s => s.Role == CouncilRole.Chair) != 1)
            warnings.Add("Tổ giám sát cần đúng một Tổ trưởng.");
        var inBoth = council.Select(s => Fold(s.Name)).Intersect(monitoring.Select(s => Fold(s.Name))).ToList();
        if (inBoth.Count > 0)
            warnings.Add($"Thành viên Tổ giám sát không nên đồng thời là thành viên Hội đồng tự đánh giá: {string.Join(", ", monitoring.Where(s => inBoth.Contains(Fold(s.Name))).Select(s => s.Name))}.");
        return warnings;
    }

    public static string TeamName(AssessmentTeam team) => team == AssessmentTeam.Council ? "Hội đồng tự đánh giá" : "Tổ giám sát";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Fold(string name) => Clean(name)!.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
}
