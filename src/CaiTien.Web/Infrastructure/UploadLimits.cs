using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaiTien.Web.Infrastructure;

/// <summary>An upload larger than the server accepts is cut off by Kestrel or the form reader before any page
/// handler runs; the user gets the size rule in Vietnamese (413) instead of the generic error page.</summary>
public static class UploadLimits
{
    public const string TooLarge = "Tệp tải lên quá lớn. Minh chứng tối đa 20 MB; kế hoạch Word/Excel tối đa 10 MB; tệp JSON tối đa 2 MB. " +
        "Hãy giảm dung lượng tệp (nén ảnh, bỏ bớt trang không cần) rồi tải lên lại.";

    /// <summary>Placed after routing: a declared body larger than the endpoint's form or request limit is answered
    /// before anything reads it; a body that turns out too large while being read is caught on the way out.</summary>
    public static void Use(WebApplication app) =>
        app.Use(async (ctx, next) =>
        {
            if (DeclaredTooLarge(ctx))
            {
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn", TooLarge);
                return;
            }
            try
            {
                await next(ctx);
            }
            catch (Exception ex) when (!ctx.Response.HasStarted && IsTooLarge(ex))
            {
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn", TooLarge);
            }
        });

    private static bool DeclaredTooLarge(HttpContext ctx)
    {
        if (ctx.Request.ContentLength is not { } length || !ctx.Request.HasFormContentType) return false;
        var metadata = ctx.GetEndpoint()?.Metadata;
        var formLimit = metadata?.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IFormOptionsMetadata>()?.MultipartBodyLengthLimit
            ?? ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Features.FormOptions>>().Value.MultipartBodyLengthLimit;
        var bodyLimit = metadata?.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        // The form limit counts the multipart body without its framing; a few KB of headers and fields are allowed for.
        return length > formLimit + 64 * 1024 || (bodyLimit is { } max && length > max);
    }

    private static bool IsTooLarge(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return true;
            if (e is InvalidDataException && e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)) return true;
            if (e is ValueProviderException && e.InnerException is null && e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
