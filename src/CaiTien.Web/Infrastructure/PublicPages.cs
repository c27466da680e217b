using CaiTien.Data;

namespace CaiTien.Web.Infrastructure;

/// <summary>Public pages show only published snapshots, which change when a school publishes: they are cached for a
/// minute and vary by the publication counter in the database, so a publication on any app node shows at once on
/// every node while a parent's phone and the district index stay fast under load.</summary>
public static class PublicPages
{
    public const string CachePolicy = "public-pages";
    public const string CacheTag = "public";

    /// <summary>One primary-key read per request of a public page.</summary>
    public static async ValueTask<KeyValuePair<string, string>> PublicationsVersionAsync(HttpContext context, CancellationToken ct)
    {
        var db = context.RequestServices.GetRequiredService<CaiTienDb>();
        var version = await SiteCounter.ReadAsync(db, SiteCounter.Publications, ct);
        return new("publications", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
