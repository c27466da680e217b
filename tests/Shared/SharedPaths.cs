namespace CaiTien.Testing;

/// <summary>Finds the repository root and the ../shared folder (fixtures, reference, tools) beside it.</summary>
public static class SharedPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Fixture(params string[] parts) => Path.Combine([Shared, "fixtures", .. parts]);

    public static string PlanJson(string id) => Fixture("plans", id + ".json");

    public static string Docx(string id) => Fixture("docx", id + ".docx");

    public static string Xlsx(string id) => Fixture("xlsx", id + ".xlsx");

    public static readonly string[] FixtureIds = ["000", "002", "004"];

    /// <summary>Where tests keep files a person should look at (screenshots, rendered pages).</summary>
    public static string Artifacts(string name)
    {
        var dir = Path.Combine(RepoRoot, "test-artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaiTien.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (CaiTien.slnx) not found.");
    }
}
