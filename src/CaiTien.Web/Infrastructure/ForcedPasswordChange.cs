using CaiTien.Accounts;

namespace CaiTien.Web.Infrastructure;

/// <summary>An account still on a one-time password (from the CLI or a printed code) can only change it or sign out.</summary>
public static class ForcedPasswordChange
{
    public const string PagePath = "/doi-mat-khau";

    public static IApplicationBuilder UseForcedPasswordChange(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(UnitClaims.MustChangePassword, "1")
            && !path.StartsWithSegments(PagePath) && !path.StartsWithSegments("/dang-xuat")
            && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/Error"))
        {
            if (path.StartsWithSegments("/api") || context.Request.Headers.ContainsKey("HX-Request"))
                await ErrorPages.WriteAsync(context, StatusCodes.Status403Forbidden, "Cần đổi mật khẩu",
                    "Hãy đổi mật khẩu dùng một lần trước khi tiếp tục.", context.RequestAborted);
            else
                context.Response.Redirect(PagePath);
            return;
        }
        await next(context);
    });
}
