using System.Net;

namespace CaiTien.Web.Infrastructure;

/// <summary>A small self-contained Vietnamese error page for answers written before or without Razor (rate limit,
/// database down, body too large): no database, no layout, no script. htmx requests get the message alone.</summary>
public static class ErrorPages
{
    public static async Task WriteAsync(HttpContext ctx, int status, string heading, string message, CancellationToken ct = default)
    {
        if (ctx.Response.HasStarted) return;
        ctx.Response.StatusCode = status;
        ctx.Response.ContentLength = null;
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(message, statusCode: status, title: heading).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        var h = WebUtility.HtmlEncode(heading);
        var m = WebUtility.HtmlEncode(message);
        if (ctx.Request.Headers.ContainsKey("HX-Request"))
        {
            await ctx.Response.WriteAsync($"<div class=\"alert alert-danger\" role=\"alert\">{m}</div>", ct);
            return;
        }
        await ctx.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{h} – CaiTien</title><link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /></head>
            <body><main class="container py-4"><h1 class="h4">{h}</h1><p>{m}</p><p><a href="/">Về trang chủ</a></p></main></body></html>
            """, ct);
    }
}
