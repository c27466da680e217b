using CaiTien.Data;

namespace CaiTien.Web.Infrastructure;

/// <summary>App settings: <c>CaiTien:DataFolder</c> (database and files; default shared with the CLI, see
/// <see cref="DataFolders"/>) and <c>CaiTien:DemoMode</c> (seed demo data and accounts).</summary>
public sealed record CaiTienOptions(string DataFolder, bool DemoMode)
{
    public static CaiTienOptions From(IConfiguration config) => new(
        DataFolders.Resolve(config["CaiTien:DataFolder"]),
        config.GetValue("CaiTien:DemoMode", false));
}
