using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaiTien.Web.Infrastructure;

/// <summary>An upload larger than the server accepts is cut off by Kestrel or the form reader before any page
/// handler runs; the user gets the size rule in Vietnamese (413) instead of the generic error page.</summary>
public static class UploadLimits
{
    public const string TooLarge = "Tệp tải lên quá lớn. Minh chứng tối đa 20 MB; kế hoạch Word/Excel tối đa 10 MB; tệp JSON tối đa 2 MB. " +
        "Hãy giảm dung lượng tệp (nén ảnh, bỏ bớt trang không cần) rồi tải lên lại.";

    public static void Use(WebApplication app) =>
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next(ctx);
            }
            catch (Exception ex) when (!ctx.Response.HasStarted && IsTooLarge(ex))
            {
                await ErrorPages.WriteAsync(ctx, StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn", TooLarge);
            }
        });

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
