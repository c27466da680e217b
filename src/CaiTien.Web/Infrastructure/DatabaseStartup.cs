using System.Data.Common;
using System.Net.Sockets;
using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Infrastructure;

/// <summary>Whether the database has been migrated (and seeded in demo mode) by this process. Until it has, pages
/// answer 503 and <c>/healthz/ready</c> says so; the app itself is up and keeps retrying.</summary>
public sealed class DatabaseState
{
    private volatile bool _ready;
    public bool Ready => _ready;
    public string? LastError { get; private set; }
    internal void MarkReady() { _ready = true; LastError = null; }
    internal void MarkFailed(string error) => LastError = error;

    /// <summary>An error that means "the database cannot be reached right now" (connection refused, timeout, pool
    /// exhausted, server shutting down) rather than a bug or bad data.</summary>
    public static bool IsUnavailable(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException) return true;
            if (e is DbException { IsTransient: true }) return true;
            if (e is Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true;
            if (e is Npgsql.NpgsqlException { InnerException: System.IO.IOException or SocketException or TimeoutException }) return true;
        }
        return false;
    }
}

/// <summary>Migrates (and seeds demo data) at start. The first attempt runs before the app listens so a healthy
/// start is ready at once; when the database is unreachable the app starts anyway and this retries in the
/// background with a growing pause (1 s doubling to 30 s) until it succeeds.</summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseState state, ILogger<DatabaseStartup> log) : BackgroundService
{
    public async Task<bool> TryOnceAsync(CancellationToken ct)
    {
        try
        {
            await PrepareAsync(services, log, ct);
            state.MarkReady();
            return true;
        }
        catch (Exception ex) when (DatabaseState.IsUnavailable(ex))
        {
            state.MarkFailed(ex.GetBaseException().Message);
            log.LogWarning("Database unreachable at start ({Error}); pages answer 503 until it answers", ex.GetBaseException().Message);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!state.Ready && !stoppingToken.IsCancellationRequested)
        {
            try { await Task.Delay(pause, stoppingToken); }
            catch (OperationCanceledException) { return; }
            if (await TryOnceAsync(stoppingToken)) log.LogInformation("Database reachable; migrations done, the app is ready");
            pause = TimeSpan.FromSeconds(Math.Min(30, pause.TotalSeconds * 2));
        }
    }

    private static async Task PrepareAsync(IServiceProvider services, ILogger log, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        await db.Database.MigrateAsync(ct);
        var filled = await CaiTien.Oversight.PlanFiguresFill.StoreMissingAsync(db, ct);
        if (filled > 0) log.LogInformation("Dashboard figures stored for {Plans} plans saved before they were kept", filled);
        // Creates the first Data Protection key now (stored in the database) rather than on the first request.
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("CaiTien.Startup").Protect("ready");
        var options = scope.ServiceProvider.GetRequiredService<CaiTienOptions>();
        if (!options.DemoMode) return;
        await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), TimeProvider.System);
        log.LogInformation("Demo mode: accounts {Accounts} with password {Password}",
            string.Join(", ", DemoData.Accounts.Select(a => a.UserName)), DemoData.Password);
        log.LogInformation("Demo mode: district API token of Huyện Dầu Tiếng: {Token}", CaiTien.Oversight.OversightDemo.ApiToken);
    }
}

/// <summary>Turns failures into answers a user can read: while the database is not ready or unreachable, a
/// Vietnamese 503 page (problem details under /api); any other error under /api is a 500 problem details, never HTML.</summary>
public static class FailureResponses
{
    public const string DatabaseDown = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu đã lưu không bị mất; vui lòng thử lại sau ít phút.";
    public const string Starting = "Hệ thống đang khởi động và chờ cơ sở dữ liệu. Vui lòng thử lại sau ít phút.";

    public static void Use(WebApplication app)
    {
        var state = app.Services.GetRequiredService<DatabaseState>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CaiTien.Failures");
        app.Use(async (ctx, next) =>
        {
            if (!state.Ready && !Exempt(ctx.Request.Path))
            {
                ctx.Response.Headers.RetryAfter = "10";
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status503ServiceUnavailable, "Hệ thống chưa sẵn sàng", Starting);
                return;
            }
            try
            {
                await next(ctx);
            }
            catch (Exception ex) when (!ctx.Response.HasStarted && DatabaseState.IsUnavailable(ex))
            {
                log.LogWarning("Database unreachable for {Path}: {Error}", ctx.Request.Path, ex.GetBaseException().Message);
                ctx.Response.Headers.RetryAfter = "10";
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status503ServiceUnavailable, "Không kết nối được cơ sở dữ liệu", DatabaseDown);
            }
            catch (Exception ex) when (!ctx.Response.HasStarted && ctx.Request.Path.StartsWithSegments("/api"))
            {
                log.LogError(ex, "Unhandled error on {Path}", ctx.Request.Path);
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status500InternalServerError, "Lỗi hệ thống", "Hệ thống gặp sự cố khi xử lý yêu cầu; vui lòng thử lại.");
            }
        });
    }

    private static bool Exempt(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/lib")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/js");
}
