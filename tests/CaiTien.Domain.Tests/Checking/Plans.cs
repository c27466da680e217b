using CaiTien.Checking;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Loads the shared fixtures and their corrected copies, and runs the checker on them.</summary>
internal static class Plans
{
    public static PlanDocument Fixture(string id) => Read(File.ReadAllText(SharedPaths.PlanJson(id)));

    public static string CorrectedPath(string id) =>
        Path.Combine(SharedPaths.RepoRoot, "tests", "CaiTien.Domain.Tests", "Fixtures", "corrected", id + ".json");

    public static PlanDocument Corrected(string id) => Read(File.ReadAllText(CorrectedPath(id)));

    public static PlanDocument Read(string json)
    {
        var result = PlanJson.Read(json);
        Assert.True(result.Ok, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Plan!;
    }

    public static IReadOnlyList<Finding> Check(PlanDocument plan) => PlanChecker.Check(plan);

    /// <summary>Copy of a row list with one row replaced.</summary>
    public static List<PlanItem> WithItem(PlanDocument plan, int index, Func<PlanItem, PlanItem> change) =>
        plan.Items.Select((item, i) => i == index ? change(item) : item).ToList();

    public static int IndexOf(PlanDocument plan, string criterion, int occurrence = 0) =>
        plan.Items.Select((item, i) => (item, i)).Where(x => x.item.Criterion == criterion).Skip(occurrence).First().i;

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"[{f.Severity}] {f.Rule} @{f.Location.Section}/{f.Location.Item}/{f.Location.Criterion}/{f.Location.Field}: {f.Message}"));
}

internal static class FindingAssert
{
    /// <summary>Asserts one finding of a rule at a place (null arguments match anything) and returns it.</summary>
    public static Finding Has(IReadOnlyList<Finding> findings, string rule, string section, int? item = null, string? field = null, string? criterion = null)
    {
        var hit = findings.FirstOrDefault(f => f.Rule == rule && f.Location.Section == section
            && (item is null || f.Location.Covers(item.Value)) && (field is null || f.Location.Field == field)
            && (criterion is null || f.Location.Criterion == criterion));
        Assert.True(hit is not null, $"Expected {rule} at {section}/{item}/{criterion}/{field}. Got:\n{Plans.Describe(findings)}");
        Assert.False(string.IsNullOrWhiteSpace(hit!.Message));
        return hit;
    }

    public static void IsLoud(Finding finding) =>
        Assert.True(finding.Severity is Severities.Error or Severities.Warning, $"{finding.Rule} is {finding.Severity}");
}
