using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaiTien.Accounts;

/// <summary>Puts the user's role and unit into the sign-in cookie so every request is scoped without a lookup.</summary>
public sealed class UnitClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UnitClaims.Role, user.Role));
        identity.AddClaim(new Claim(UnitClaims.FullName, user.FullName));
        if (user.SchoolId is { } s) identity.AddClaim(new Claim(UnitClaims.School, s.ToString()));
        if (user.DistrictId is { } d) identity.AddClaim(new Claim(UnitClaims.District, d.ToString()));
        if (user.ProvinceId is { } p) identity.AddClaim(new Claim(UnitClaims.Province, p.ToString()));
        if (user.MustChangePassword) identity.AddClaim(new Claim(UnitClaims.MustChangePassword, "1"));
        return identity;
    }
}
