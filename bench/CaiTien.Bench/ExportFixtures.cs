using CaiTien.Documents.Interchange;

namespace CaiTien.Bench;

/// <summary>Finds the shared plan fixtures beside the repository (../shared/fixtures/plans).</summary>
public static class ExportFixtures
{
    public static PlanDocument Plan(string id)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaiTien.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Repository root (CaiTien.slnx) not found.");
        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "plans", id + ".json"));
        var result = PlanJson.Read(File.ReadAllText(path));
        return result.Plan ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
