using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CaiTien.Web.Infrastructure;

/// <summary>Limits on what can be abused by guessing or flooding: sign-in attempts and password changes/resets per
/// client address, uploads per user. Limits are per minute and per node (<c>RateLimits:SignInPerMinute</c>,
/// <c>RateLimits:PasswordPerMinute</c>, <c>RateLimits:UploadsPerMinute</c>). A refusal answers 429 in Vietnamese.</summary>
public static class RateLimits
{
    public const string TooMany = "Bạn đã thử quá nhiều lần trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại.";

    public static void Add(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var signIn = config.GetValue("RateLimits:SignInPerMinute", 20);
        var password = config.GetValue("RateLimits:PasswordPerMinute", 5);
        var uploads = config.GetValue("RateLimits:UploadsPerMinute", 30);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => Classify(ctx) switch
            {
                "sign-in" => Window("sign-in:" + Client(ctx), signIn),
                "password" => Window("password:" + Client(ctx), password),
                "upload" => Window("upload:" + (ctx.User.Identity?.Name ?? Client(ctx)), uploads),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = "60";
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await Results.Problem(TooMany, statusCode: StatusCodes.Status429TooManyRequests, title: "Quá nhiều yêu cầu").ExecuteAsync(rejected.HttpContext);
                else
                    await ErrorPages.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Quá nhiều yêu cầu", TooMany, ct);
            };
        });
    }

    /// <summary>Which limit a request counts against: posts to the sign-in page, to any password page
    /// (đổi/quên/đặt lại mật khẩu) and multipart posts (uploads); everything else is not limited.</summary>
    private static string? Classify(HttpContext ctx)
    {
        if (!HttpMethods.IsPost(ctx.Request.Method)) return null;
        var path = ctx.Request.Path.Value ?? "";
        if (path.Equals("/dang-nhap", StringComparison.OrdinalIgnoreCase)) return "sign-in";
        if (path.Contains("mat-khau", StringComparison.OrdinalIgnoreCase)) return "password";
        if (ctx.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true) return "upload";
        return null;
    }

    private static string Client(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
