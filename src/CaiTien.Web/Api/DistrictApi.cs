using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;

namespace CaiTien.Web.Api;

/// <summary>Read-only JSON for a district's own systems: <c>Authorization: Bearer &lt;token&gt;</c> with a token
/// issued to that district. A plan of another district answers 404, as if it did not exist.</summary>
public static class DistrictApi
{
    public static void MapDistrictApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/district").WithTags("District").AllowAnonymous();
        api.MapGet("/plans", async (string? year, HttpContext http, CaiTienDb db, TimeProvider clock, CancellationToken ct) =>
            await DistrictOfAsync(http, db, ct) is { } district
                ? Results.Ok(await DistrictPlans.ListAsync(db, district, year, Today(clock), ct))
                : Unauthorized())
            .WithName("ListDistrictPlans")
            .WithSummary("Kế hoạch của các trường trong huyện (lọc theo năm học).")
            .WithDescription("Cần header Authorization: Bearer <mã truy cập của Phòng GD&ĐT>.")
            .Produces<IReadOnlyList<DistrictPlans.PlanSummary>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/plans/{id:int}", async (int id, HttpContext http, CaiTienDb db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await DistrictOfAsync(http, db, ct) is not { } district) return Unauthorized();
            var detail = await DistrictPlans.DetailAsync(db, district, id, Today(clock), ct);
            return detail is null
                ? Results.Problem($"Không có kế hoạch số {id} trong huyện của mã truy cập này.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy")
                : Results.Ok(detail);
        })
            .WithName("GetDistrictPlan")
            .WithSummary("Một kế hoạch, các dòng và tiến độ thực hiện.")
            .WithDescription("Cần header Authorization: Bearer <mã truy cập của Phòng GD&ĐT>. Kế hoạch của huyện khác trả về 404.")
            .Produces<DistrictPlans.PlanDetail>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static IResult Unauthorized() =>
        Results.Problem("Thiếu hoặc sai mã truy cập (Authorization: Bearer …).", statusCode: StatusCodes.Status401Unauthorized, title: "Chưa xác thực");

    private static async Task<int?> DistrictOfAsync(HttpContext http, CaiTienDb db, CancellationToken ct)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[scheme.Length..].Trim();
        // The published demo token works only in demo mode, even on a database that was once seeded with it.
        var demoRefused = token == OversightDemo.ApiToken && !http.RequestServices.GetRequiredService<CaiTienOptions>().DemoMode;
        var district = demoRefused ? null : await ApiTokens.DistrictOfAsync(db, token, ct);
        if (district is null) http.Response.Headers.WWWAuthenticate = "Bearer";
        return district;
    }
}
