using System.Security.Claims;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;

namespace CaiTien.Web.Api;

public static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/plans/{id:int}", async (int id, CaiTienDb db, ClaimsPrincipal principal, CancellationToken ct) =>
        {
            var user = CurrentUser.From(principal);
            if (user is null) return Results.Unauthorized();
            var doc = await ExportPlan.ByIdAsync(db, user, id, ct);
            return doc is null ? Results.NotFound() : Results.Json(doc, PlanJson.Options);
        });
    }
}
