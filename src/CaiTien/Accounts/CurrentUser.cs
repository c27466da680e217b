using System.Security.Claims;

namespace CaiTien.Accounts;

/// <summary>Who is signed in and which unit they act for, read from the session's claims only.</summary>
public sealed record CurrentUser(string UserId, string Name, string Role, int? SchoolId, int? DistrictId, int? ProvinceId)
{
    public bool IsAdmin => Role == Roles.SystemAdmin;
    public bool IsSchoolUser => Roles.IsSchoolRole(Role) && SchoolId is not null;
    public bool IsDistrictOfficer => Role == Roles.DistrictOfficer && DistrictId is not null;
    public bool IsProvinceOfficer => Role == Roles.ProvinceOfficer && ProvinceId is not null;
    public bool CanAuthorPlans => Role is Roles.Principal or Roles.VicePrincipal or Roles.CouncilMember && SchoolId is not null;
    public bool IsPrincipal => Role == Roles.Principal && SchoolId is not null;

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(UnitClaims.Role);
        if (id is null || role is null) return null;
        return new CurrentUser(id, principal.FindFirstValue(UnitClaims.FullName) ?? "", role,
            Int(principal, UnitClaims.School), Int(principal, UnitClaims.District), Int(principal, UnitClaims.Province));
    }

    private static int? Int(ClaimsPrincipal p, string type) => int.TryParse(p.FindFirstValue(type), out var v) ? v : null;
}
