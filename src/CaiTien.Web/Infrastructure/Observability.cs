using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaiTien.Web.Infrastructure;

/// <summary>OpenTelemetry metrics (requests, HTTP client, database connections, the app's own counters) exported for
/// Prometheus at <c>/metrics</c>, and traces of requests. <c>Metrics:Enabled</c> (default true) turns it off;
/// <c>Metrics:AllowedNetworks</c> (CIDR list, default loopback and private networks) says who may read /metrics.
/// Traces go to an OTLP collector only when one is configured by the standard OTEL_* variables.</summary>
public static class Observability
{
    public static void Add(WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Metrics:Enabled", true)) return;
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("caitien", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(CaiTienMetrics.Name, "Npgsql", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Server.Kestrel",
                    "Microsoft.AspNetCore.RateLimiting", "System.Runtime")
                .AddPrometheusExporter());
        // Without a collector, no tracing at all: a registered tracer records every request and database command
        // (activities and their tags) even when nothing exports them.
        if (otlp)
            telemetry.WithTracing(t => t.AddSource(CaiTienMetrics.Name, "Npgsql")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/metrics")
                    && !ctx.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
    }

    public static void Map(WebApplication app)
    {
        if (!app.Configuration.GetValue("Metrics:Enabled", true)) return;
        var allowed = (app.Configuration["Metrics:AllowedNetworks"] ?? "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPNetwork.Parse).ToList();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(ctx =>
            ctx.Request.Path == "/metrics" && Allowed(ctx, allowed));
    }

    /// <summary>The direct peer must be allowed; a request relayed by nginx from the internet carries X-Forwarded-For
    /// and is judged by the original client's address (set by the forwarded-headers middleware).</summary>
    private static bool Allowed(HttpContext ctx, IReadOnlyList<System.Net.IPNetwork> allowed)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null) return true; // in-process test server
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return allowed.Any(n => n.Contains(ip));
    }
}
