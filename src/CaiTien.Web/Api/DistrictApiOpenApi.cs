using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaiTien.Web.Api;

/// <summary>Describes the district token in the OpenAPI document, so client generators send the bearer header.</summary>
internal static class DistrictApiOpenApi
{
    public const string Scheme = "DistrictToken";

    public static Task AddBearerScheme(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Mã truy cập do CaiTien cấp cho một Phòng GD&ĐT; chỉ đọc được kế hoạch các trường của huyện đó.",
        };
        foreach (var (path, item) in document.Paths.Where(p => p.Key.StartsWith("/api/district", StringComparison.Ordinal)))
        {
            if (item.Operations is not { } operations) continue;
            foreach (var operation in operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] });
            }
        }
        return Task.CompletedTask;
    }
}
