using CaiTien.Schools;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.SelfAssessments;

/// <summary>One school's self-assessment (tự đánh giá) for one school year, under one framework.</summary>
public sealed class SelfAssessment
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public required string SchoolYear { get; set; }
    public required string FrameworkId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<CouncilSeat> Seats { get; set; } = [];
    public List<CriterionAssignment> Assignments { get; set; } = [];
    public List<RatingEntry> Ratings { get; set; } = [];
    public List<CriterionReport> Reports { get; set; } = [];
    public List<EvidenceEntry> Evidence { get; set; } = [];
}

public enum AssessmentTeam
{
    /// <summary>Hội đồng tự đánh giá.</summary>
    Council,
    /// <summary>Tổ giám sát.</summary>
    Monitoring,
}

/// <summary>A person on the council or the monitoring team. <see cref="UserId"/> links the seat to the
/// account that rates the criteria assigned to it; the name may come from the staff list or be typed.</summary>
public sealed class CouncilSeat
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public AssessmentTeam Team { get; set; }
    public CouncilRole Role { get; set; }
    public required string Name { get; set; }
    public string? Position { get; set; }
    public int? StaffMemberId { get; set; }
    public string? UserId { get; set; }
    public int Order { get; set; }

    public static string RoleName(AssessmentTeam team, CouncilRole role) => (team, role) switch
    {
        (AssessmentTeam.Monitoring, CouncilRole.Chair) => "Tổ trưởng",
        (AssessmentTeam.Monitoring, _) => "Thành viên",
        (_, CouncilRole.Chair) => "Chủ tịch",
        (_, CouncilRole.ViceChair) => "Phó Chủ tịch",
        (_, CouncilRole.Secretary) => "Thư ký",
        _ => "Thành viên",
    };
}

/// <summary>The council member responsible for rating one criterion.</summary>
public sealed class CriterionAssignment
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public required string CriterionCode { get; set; }
    public int SeatId { get; set; }
    public CouncilSeat? Seat { get; set; }
}

/// <summary>Đạt / không đạt for one requirement of one level of one criterion.</summary>
public sealed class RatingEntry
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public required string CriterionCode { get; set; }
    public int Level { get; set; }
    public required string RequirementKey { get; set; }
    public bool Met { get; set; }
    public string? RatedBy { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}

/// <summary>The written part of a criterion's rating sheet (phiếu đánh giá tiêu chí).</summary>
public sealed class CriterionReport
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public required string CriterionCode { get; set; }
    public string? Description { get; set; }
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
    public string? ImprovementIdea { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An evidence code (mã minh chứng) cited by a criterion. A code is cited once per criterion but may serve
/// several criteria (<see cref="CodeKey"/> is the code trimmed and upper-cased, so the database enforces it too).</summary>
public sealed class EvidenceEntry
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public required string CriterionCode { get; set; }
    public required string Code { get; set; }
    public required string CodeKey { get; set; }
    public int Order { get; set; }

    public static string KeyOf(string code) => code.Trim().ToUpperInvariant();
}
