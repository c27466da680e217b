using CaiTien.Checking;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>No false alarms: the three fixtures with exactly their documented mistakes fixed give no error and no
/// warning. The corrected copies also carry the optional checker fields (headings, TT numbers, percentages,
/// target list) so the rules that read them are held to the same bar.</summary>
public class CorrectedFixturesTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Corrected_copy_has_no_errors_or_warnings(string id)
    {
        var findings = Plans.Check(Plans.Corrected(id));
        File.WriteAllText(SharedPaths.Artifacts($"findings-corrected-{id}.txt"), Plans.Describe(findings));
        var loud = findings.Where(f => f.Severity != Severities.Info).ToList();
        Assert.True(loud.Count == 0, Plans.Describe(loud));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Original_fixture_has_errors_or_warnings(string id)
    {
        var findings = Plans.Check(Plans.Fixture(id));
        File.WriteAllText(SharedPaths.Artifacts($"findings-{id}.txt"), Plans.Describe(findings));
        Assert.Contains(findings, f => f.Severity != Severities.Info);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Corrected_copy_round_trips_through_the_interchange_format(string id)
    {
        var json = File.ReadAllText(Plans.CorrectedPath(id));
        var written = CaiTien.Documents.Interchange.PlanJson.Serialize(Plans.Read(json));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(written)), written);
    }
}
