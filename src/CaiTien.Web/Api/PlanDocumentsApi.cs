using System.Security.Claims;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;

namespace CaiTien.Web.Api;

/// <summary>GET /ke-hoach/{id}/tai/{docx|pdf|xlsx|json}: the plan as a file, for the users who may see it.</summary>
public static class PlanDocumentsApi
{
    public static void MapPlanDocuments(this IEndpointRouteBuilder app) =>
        app.MapGet("/ke-hoach/{id:int}/tai/{format}", async (int id, string format, CaiTienDb db, ClaimsPrincipal principal, CancellationToken ct) =>
        {
            var user = CurrentUser.From(principal);
            if (user is null) return Results.Unauthorized();
            var kind = RenderPlan.FindFormat(format);
            if (kind is null) return Results.NotFound();
            var doc = await ExportPlan.ByIdAsync(db, user, id, ct);
            if (doc is null) return Results.NotFound();
            var buffer = new MemoryStream();
            RenderPlan.Write(doc, kind, buffer);
            buffer.Position = 0;
            return Results.File(buffer, kind.ContentType, RenderPlan.FileName(doc, kind));
        }).RequireAuthorization();
}
