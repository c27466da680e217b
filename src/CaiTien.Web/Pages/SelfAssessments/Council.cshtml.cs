using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>The principal sets up the council and the monitoring team and assigns criteria; others read them.</summary>
public sealed class CouncilModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public const int BlankCouncilRows = 3;
    public const int BlankMonitoringRows = 2;

    public sealed class SeatForm
    {
        public int? SeatId { get; set; }
        public AssessmentTeam Team { get; set; }
        public CouncilRole Role { get; set; } = CouncilRole.Member;
        public string? Name { get; set; }
        public string? Position { get; set; }
        public int? StaffMemberId { get; set; }
        public string? UserId { get; set; }
    }

    public sealed class AssignmentForm
    {
        public string Criterion { get; set; } = "";
        public int? SeatId { get; set; }
    }

    public sealed record Option(string Value, string Text);

    [BindProperty] public List<SeatForm> Seats { get; set; } = [];
    [BindProperty] public List<AssignmentForm> Assignments { get; set; } = [];

    public string Year { get; private set; } = "";
    public bool CanManage { get; private set; }
    public bool Exists { get; private set; }
    public Framework? Framework { get; private set; }
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<Option> Accounts { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public IReadOnlyList<CouncilSeat> SavedCouncil { get; private set; } = [];
    public Outcome? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        if (!SchoolYears.IsValid(year)) return NotFound();
        await LoadAsync(year, keepPostedSeats: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCouncilAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        var input = Seats.Select(s => new SetUpCouncil.SeatInput(s.SeatId, s.Team, s.Role, s.Name, s.Position, s.StaffMemberId, s.UserId)).ToList();
        Message = await SetUpCouncil.RunAsync(db, Me, year, input, clock, ct);
        return await RespondAsync(year, keepPostedSeats: !Message.Ok, ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        var map = Assignments.Where(a => !string.IsNullOrWhiteSpace(a.Criterion))
            .GroupBy(a => a.Criterion.Trim()).ToDictionary(g => g.Key, g => g.Last().SeatId);
        Message = await AssignCriteria.RunAsync(db, Me, year, map, clock, ct);
        return await RespondAsync(year, keepPostedSeats: false, ct);
    }

    private async Task<IActionResult> RespondAsync(string year, bool keepPostedSeats, CancellationToken ct)
    {
        if (!SchoolYears.IsValid(year)) return NotFound();
        await LoadAsync(year, keepPostedSeats, ct);
        Response.StatusCode = Message!.Refusal switch
        {
            Refusal.Forbidden => StatusCodes.Status403Forbidden,
            Refusal.NotFound or Refusal.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }

    private async Task LoadAsync(string year, bool keepPostedSeats, CancellationToken ct)
    {
        Year = year;
        CanManage = AssessmentAccess.CanManage(Me);
        var schoolId = Me.SchoolId!.Value;
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        Exists = assessment is not null;
        Framework = assessment is not null ? AssessmentAccess.FrameworkOf(assessment) : await AssessmentAccess.ResolveFrameworkAsync(db, schoolId, year, ct);
        Staff = await db.Staff.AsNoTracking().Where(s => s.SchoolId == schoolId).OrderBy(s => s.Id).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.SchoolId == schoolId)
            .Select(u => new { u.Id, u.FullName, u.UserName, u.Role }).ToListAsync(ct);
        Accounts = users.OrderBy(u => u.UserName).Select(u => new Option(u.Id, $"{u.UserName} — {Roles.DisplayName(u.Role)}")).ToList();

        var saved = assessment is null ? [] : await db.CouncilSeats.AsNoTracking()
            .Where(s => s.AssessmentId == assessment.Id).OrderBy(s => s.Team).ThenBy(s => s.Order).ToListAsync(ct);
        SavedCouncil = saved.Where(s => s.Team == AssessmentTeam.Council).ToList();
        if (Framework is not null && assessment is not null)
            Warnings = SetUpCouncil.Warnings(Framework, saved, users.Where(u => u.Role == Roles.Principal).Select(u => u.Id).ToList());

        if (!keepPostedSeats)
        {
            Seats = saved.Select(s => new SeatForm { SeatId = s.Id, Team = s.Team, Role = s.Role, Name = s.Name, Position = s.Position, StaffMemberId = s.StaffMemberId, UserId = s.UserId }).ToList();
            if (Seats.Count == 0 && CanManage) Seats.Add(ProposedChair());
        }
        var councilRows = Seats.Where(s => s.Team == AssessmentTeam.Council).ToList();
        var monitoringRows = Seats.Where(s => s.Team == AssessmentTeam.Monitoring).ToList();
        if (CanManage)
        {
            councilRows.AddRange(Enumerable.Range(0, BlankCouncilRows).Select(_ => new SeatForm { Team = AssessmentTeam.Council }));
            monitoringRows.AddRange(Enumerable.Range(0, BlankMonitoringRows).Select(_ => new SeatForm { Team = AssessmentTeam.Monitoring }));
        }
        Seats = [.. councilRows, .. monitoringRows];

        var assigned = assessment is null ? new Dictionary<string, int>() : await db.CriterionAssignments.AsNoTracking()
            .Where(a => a.AssessmentId == assessment.Id).ToDictionaryAsync(a => a.CriterionCode, a => a.SeatId, ct);
        Assignments = Framework?.Criteria.Select(c => new AssignmentForm { Criterion = c.Code, SeatId = assigned.TryGetValue(c.Code, out var id) ? id : null }).ToList() ?? [];
    }

    /// <summary>The chair of the council is the principal: proposed from the staff list and the signed-in account.</summary>
    private SeatForm ProposedChair()
    {
        var principal = Staff.FirstOrDefault(s => s.Position.Equals("Hiệu trưởng", StringComparison.OrdinalIgnoreCase));
        return new SeatForm
        {
            Team = AssessmentTeam.Council, Role = CouncilRole.Chair, Name = principal?.FullName, Position = principal?.Position ?? "Hiệu trưởng",
            StaffMemberId = principal?.Id, UserId = Me.UserId,
        };
    }
}
