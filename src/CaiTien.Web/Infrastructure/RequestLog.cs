using Serilog;
using Serilog.Events;

namespace CaiTien.Web.Infrastructure;

/// <summary>One line per request through the host's own Serilog logger, so <c>Serilog:MinimumLevel</c> applies to it
/// (the middleware's default is the static bootstrap logger, which ignores the configuration). Health checks and
/// metric scrapes log at Verbose; server errors at Error.</summary>
public static class RequestLog
{
    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(o =>
        {
            if (logger is not null) o.Logger = logger;
            o.GetLevel = (ctx, _, ex) =>
                ex is not null || ctx.Response.StatusCode >= 500 ? LogEventLevel.Error
                : ctx.Request.Path.StartsWithSegments("/healthz") || ctx.Request.Path.StartsWithSegments("/metrics") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
    }
}
