using CaiTien.Data;
using CaiTien.Web.Infrastructure;

namespace CaiTien.Web.Api;

public static class HealthEndpoint
{
    /// <summary><c>/healthz/live</c>: the process answers (restart it when not). <c>/healthz/ready</c>: migrations done,
    /// the database answers and the file store is writable (send it traffic only then); JSON with each check.
    /// <c>/healthz</c>: the database answers (kept for existing uptime checks).</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (CaiTienDb db, CancellationToken ct) =>
            await CanConnectAsync(db, ct)
                ? Results.Text("ok")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous();
        app.MapGet("/healthz/live", () => Results.Text("ok")).AllowAnonymous();
        app.MapGet("/healthz/ready", async (CaiTienDb db, DatabaseState state, CaiTienOptions options, CancellationToken ct) =>
        {
            var database = state.Ready && await CanConnectAsync(db, ct);
            var files = FileStoreWritable(options.DataFolder);
            var ready = database && files;
            return Results.Json(new
            {
                status = ready ? "ready" : "not ready",
                // The error itself (host, port) is in the log, not in this public answer.
                database = database ? "ok" : state.Ready ? "unreachable" : "waiting for migrations",
                fileStore = files ? "ok" : "not writable",
            }, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
    }

    private static async Task<bool> CanConnectAsync(CaiTienDb db, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException || DatabaseState.IsUnavailable(ex))
        {
            return false;
        }
    }

    /// <summary>A file can be created, written and removed in the data folder.</summary>
    private static bool FileStoreWritable(string dataFolder)
    {
        try
        {
            Directory.CreateDirectory(dataFolder);
            var probe = Path.Combine(dataFolder, ".ready-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
