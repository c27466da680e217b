using System.Text.Json.Nodes;
using CaiTien.Documents.Export;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Tests.Export;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>Issue 17 item 4: every corpus plan written by CaiTien as a Word letter (2018 layout, the plan's own
/// columns, TT57 Biểu 2) imports back to the same plan, field by field.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Layouts() => new(["2018", "own", "bieu2"]);

    public static DocumentOptions Options(string layout, PlanDocument plan) => layout switch
    {
        "own" => new DocumentOptions { ColumnSet = ColumnSet.FromFieldKeys(TableLayout.UsualFields(plan), "Cột của trường") },
        "bieu2" => new DocumentOptions { ColumnSet = TestPlans.Bieu2 },
        _ => new DocumentOptions { ColumnSet = ColumnSet.Regime2018 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Letter_imports_back_to_every_field_of_the_plan(string layout)
    {
        var wrong = new List<string>();
        int right = 0, total = 0;
        foreach (var (id, plan) in CorpusPlans.All())
        {
            var (score, _) = RoundTrip(plan, Options(layout, plan), $"{id}-{layout}.docx");
            right += score.Right;
            total += score.Total;
            wrong.AddRange(score.Wrong.Select(w => $"{id}: {w}"));
        }
        File.WriteAllText(CaiTien.Testing.SharedPaths.Artifacts($"roundtrip-{layout}.txt"), $"{layout}: {right}/{total}\n" + string.Join("\n", wrong));
        Assert.True(wrong.Count == 0, $"{layout}: {right}/{total}\n" + string.Join("\n", wrong.Take(60)));
    }

    public static (PlanDiff.Score Score, ImportResult Result) RoundTrip(PlanDocument plan, DocumentOptions options, string name)
    {
        using var docx = new MemoryStream();
        PlanDocxWriter.Write(plan, docx, options);
        var result = PlanImporter.Import(new MemoryStream(docx.ToArray()), name);
        var actual = result.Plan is null ? new JsonObject() : JsonNode.Parse(PlanJson.Serialize(result.Plan));
        return (PlanDiff.Compare(JsonNode.Parse(PlanJson.Serialize(plan)), actual), result);
    }
}
