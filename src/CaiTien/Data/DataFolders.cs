namespace CaiTien.Data;

/// <summary>Where the SQLite database and stored files live. The web app and the CLI use the same default
/// so that a plan imported with the CLI is seen by the app: env <c>CAITIEN_DATA</c>, else the user's
/// local application data folder (~/.local/share/caitien on Linux).</summary>
public static class DataFolders
{
    public static string Resolve(string? configured)
    {
        var folder = configured
            ?? Environment.GetEnvironmentVariable("CAITIEN_DATA")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "caitien");
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
