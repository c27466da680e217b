namespace CaiTien.Web.Infrastructure;

/// <summary>Public pages show only published snapshots, which change when a school publishes: they are cached for a
/// minute and evicted on publication, so a parent's phone and the district index stay fast under load.</summary>
public static class PublicPages
{
    public const string CachePolicy = "public-pages";
    public const string CacheTag = "public";
}
