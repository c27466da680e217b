using System.Text.Json.Nodes;
using CaiTien.Checking;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Testing;

namespace CaiTien.Tests.Web;

/// <summary>Issues 6 × 7 and 17: a plan written as CaiTien's Word letter (with the options the app uses) reads back
/// into the same plan, every field of it (cells that join two fields are marked in the document so they split
/// again), and the checker finds the same things in both.</summary>
public sealed class DocxRoundTripTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Exported_letter_imports_back_to_the_same_plan_with_the_same_findings(string id)
    {
        var plan = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson(id))).Plan!;
        using var docx = new MemoryStream();
        RenderPlan.Write(plan, RenderPlan.FindFormat("docx")!, docx);
        docx.Position = 0;
        var imported = PlanImporter.Import(docx, $"{id}.docx");
        Assert.True(imported.Ok, string.Join("\n", imported.Errors));
        var back = imported.Plan!;

        var differences = JsonSubset.Differences(JsonNode.Parse(PlanJson.Serialize(plan)), JsonNode.Parse(PlanJson.Serialize(back)));
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));

        static string Key(Finding f) => $"{f.Rule}|{f.Severity}|{f.Location.Item}|{f.Location.Field}";
        Assert.Equal(PlanChecker.Check(plan).Select(Key).Order(), PlanChecker.Check(back).Select(Key).Order());
    }
}
