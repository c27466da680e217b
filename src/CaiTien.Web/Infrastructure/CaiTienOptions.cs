namespace CaiTien.Web.Infrastructure;

/// <summary>App settings: <c>CaiTien:DataFolder</c> (default App_Data under the content root) and
/// <c>CaiTien:DemoMode</c> (seed demo data and accounts).</summary>
public sealed record CaiTienOptions(string DataFolder, bool DemoMode)
{
    public static CaiTienOptions From(IConfiguration config, string contentRoot) => new(
        Path.GetFullPath(config["CaiTien:DataFolder"] ?? Path.Combine(contentRoot, "App_Data")),
        config.GetValue("CaiTien:DemoMode", false));
}
