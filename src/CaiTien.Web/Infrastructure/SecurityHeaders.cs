using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaiTien.Web.Infrastructure;

/// <summary>Defaults for running behind a reverse proxy on the internet: forwarded headers from known proxies only,
/// HTTPS redirect and HSTS when <c>Https:Enabled</c>, and response headers that keep pages from being framed,
/// sniffed or running script that is not one of our files.</summary>
public static class SecurityHeaders
{
    /// <summary>Scripts only from our own files (no inline script, no eval); inline style attributes stay allowed
    /// because Bootstrap components and Chart.js set element styles.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void AddProxyAndHttps(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback is trusted by default (nginx on the same machine); other proxies must be named.
            foreach (var ip in List(config["Proxy:KnownProxies"])) o.KnownProxies.Add(IPAddress.Parse(ip));
            foreach (var network in List(config["Proxy:KnownNetworks"])) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        if (HttpsEnabled(config))
        {
            builder.Services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(config.GetValue("Https:HstsDays", 365));
                o.IncludeSubDomains = false;
            });
            builder.Services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("Https:Port") ?? 443);
        }
    }

    public static bool HttpsEnabled(IConfiguration config) => config.GetValue("Https:Enabled", false);

    public static void UseProxyAndHttps(WebApplication app)
    {
        app.UseForwardedHeaders();
        if (HttpsEnabled(app.Configuration))
        {
            app.UseHsts();
            // Health checks and metric scrapes come straight to the node over plain HTTP on loopback.
            app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/healthz") && !ctx.Request.Path.StartsWithSegments("/metrics"),
                b => b.UseHttpsRedirection());
        }
        app.Use((ctx, next) =>
        {
            ctx.Response.OnStarting(() =>
            {
                var headers = ctx.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(ctx);
        });
    }

    private static IEnumerable<string> List(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
