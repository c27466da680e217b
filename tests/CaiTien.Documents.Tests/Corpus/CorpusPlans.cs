using System.Text.Json.Nodes;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>The plans the variants are made from: the three shared fixtures and the plans written for this corpus
/// (preschool TT19, THCS and THPT TT18, a TT57 primary school), with the criterion titles of their frameworks.</summary>
public static class CorpusPlans
{
    public static string OwnFolder => Path.Combine(SharedPaths.RepoRoot, "tests", "CaiTien.Documents.Tests", "Corpus", "Plans");

    public static IReadOnlyList<(string Id, PlanDocument Plan)> All()
    {
        var list = SharedPaths.FixtureIds.Select(id => (id, Load(SharedPaths.PlanJson(id)))).ToList();
        list.AddRange(Directory.GetFiles(OwnFolder, "*.json").Order().Select(f => (Path.GetFileNameWithoutExtension(f), Load(f))));
        return list;
    }

    private static PlanDocument Load(string path)
    {
        var read = PlanJson.Read(File.ReadAllText(path));
        return read.Plan ?? throw new InvalidOperationException(path + ": " + string.Join("; ", read.Errors.Select(e => e.Message)));
    }

    /// <summary>Titles for the weak-criteria list: the plan's own, else the framework's.</summary>
    public static Dictionary<string, string> WeakTitles(PlanDocument plan)
    {
        var titles = new Dictionary<string, string>();
        foreach (var item in plan.Items)
            if (item.CriterionTitleAsWritten is { } t) titles.TryAdd(item.Criterion, t);
        var file = plan.Framework switch
        {
            "19/2018/TT-BGDĐT" => Path.Combine(SharedPaths.Shared, "reference", "circular-19-2018-preschool.json"),
            "18/2018/TT-BGDĐT" => Path.Combine(SharedPaths.Shared, "reference", "circular-18-2018-secondary.json"),
            "57/2026/TT-BGDĐT" => Path.Combine(SharedPaths.RepoRoot, "src", "CaiTien", "Catalogs", "Data", "tt57-general.json"),
            _ => Path.Combine(SharedPaths.Shared, "reference", "circular-17-2018-primary.json"),
        };
        var catalog = JsonNode.Parse(File.ReadAllText(file))!;
        foreach (var standard in catalog["standards"]!.AsArray())
            foreach (var criterion in standard!["criteria"]!.AsArray())
                titles.TryAdd(criterion!["code"]!.GetValue<string>(), criterion["title"]!.GetValue<string>());
        return titles;
    }
}
