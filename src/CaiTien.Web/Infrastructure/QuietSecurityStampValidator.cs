using CaiTien.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaiTien.Web.Infrastructure;

/// <summary>Identity's stamp check, except that a refused cookie is only refused, never deleted. A request sent
/// before a password change (the notification badge of the change-password page, still on its way on a slow line)
/// reaches the server after the new stamp; Identity's check would answer it with a cookie deletion that lands after
/// the new cookie and signs the person out right after they changed their password. The old cookie is worthless
/// anyway: every request checks its stamp.</summary>
public sealed class QuietSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<AppUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = await VerifySecurityStamp(context.Principal);
        if (user is not null)
            await SecurityStampVerified(user, context);
        else
            context.RejectPrincipal();
    }
}
