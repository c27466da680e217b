using CaiTien.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaiTien.Accounts;

/// <summary>Sign-in rules beyond Identity's: a deactivated or locked account cannot sign in and its session ends
/// at the next request (the cookie is checked against the account on every request), and outside demo mode the
/// published demo password never signs anyone in, even on a database once seeded in demo mode.</summary>
public sealed class AppSignInManager(UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, IConfiguration config)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    private readonly bool _demoMode = config.GetValue("CaiTien:DemoMode", false);

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.DeactivatedAt is null && await base.CanSignInAsync(user);

    public override Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        if (!_demoMode && DemoPasswordValidator.IsWellKnown(password)) return Task.FromResult(SignInResult.Failed);
        return base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<bool> ValidateSecurityStampAsync(AppUser? user, string? securityStamp) =>
        user is { DeactivatedAt: null } && !await UserManager.IsLockedOutAsync(user) && await base.ValidateSecurityStampAsync(user, securityStamp);
}
