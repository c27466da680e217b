using CaiTien.Data;

namespace CaiTien.Web.Api;

public static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 otherwise (for load balancers and uptime checks).</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (CaiTienDb db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Text("ok")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous();
}
