using Microsoft.AspNetCore.Identity;

namespace CaiTien.Accounts;

/// <summary>A signed-in person, bound to the one unit (school, district or province) their role works in.</summary>
public sealed class AppUser : IdentityUser
{
    public required string FullName { get; set; }
    public required string Role { get; set; }
    public int? SchoolId { get; set; }
    public int? DistrictId { get; set; }
    public int? ProvinceId { get; set; }
    /// <summary>The staff-list entry this account belongs to, so plan rows naming that person's position or name are theirs.</summary>
    public int? StaffMemberId { get; set; }
    /// <summary>Set for accounts given a one-time password (CLI, printed code): the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>Accounts are never deleted: a deactivated account keeps its history and cannot sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}

public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string Principal = "Principal";
    public const string VicePrincipal = "VicePrincipal";
    public const string CouncilMember = "CouncilMember";
    public const string MonitoringMember = "MonitoringMember";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, ProvinceOfficer, DistrictOfficer, Principal, VicePrincipal, CouncilMember, MonitoringMember, Staff];

    public static readonly IReadOnlyList<string> SchoolRoles = [Principal, VicePrincipal, CouncilMember, MonitoringMember, Staff];

    public static bool IsSchoolRole(string role) => SchoolRoles.Contains(role);

    public static string DisplayName(string role) => role switch
    {
        SystemAdmin => "Quản trị hệ thống",
        ProvinceOfficer => "Chuyên viên Sở GD&ĐT",
        DistrictOfficer => "Chuyên viên cơ quan quản lý trực tiếp",
        Principal => "Hiệu trưởng",
        VicePrincipal => "Phó Hiệu trưởng",
        CouncilMember => "Thành viên Hội đồng tự đánh giá",
        MonitoringMember => "Thành viên Tổ giám sát",
        Staff => "Cán bộ, giáo viên, nhân viên",
        _ => role,
    };
}

public static class UnitClaims
{
    public const string Role = "caitien:role";
    public const string School = "caitien:school";
    public const string District = "caitien:district";
    public const string Province = "caitien:province";
    public const string FullName = "caitien:name";
    /// <summary>Present while the account still has a one-time password; every page then leads to "Đổi mật khẩu".</summary>
    public const string MustChangePassword = "caitien:mustchange";
}
