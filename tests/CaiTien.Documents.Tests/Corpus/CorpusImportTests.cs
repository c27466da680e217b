using System.Text.Json.Nodes;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>Issue 17: every variant kind of the generated corpus imports to its known plan with at least 98 % of
/// fields right (scored as plan-diff.py scores).</summary>
public class CorpusImportTests
{
    public static TheoryData<string> Kinds() => new(Variants.KindNames);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Variant_kind_imports_to_its_plan(string kind)
    {
        var files = Variants.Build(kind).ToList();
        Assert.Equal(7, files.Count);
        int right = 0, total = 0;
        var wrong = new List<string>();
        foreach (var file in files)
        {
            if (Environment.GetEnvironmentVariable("CAITIEN_CORPUS_DUMP") is { Length: > 0 } dump)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllBytes(Path.Combine(dump, file.FileName), file.Bytes);
                File.WriteAllText(Path.Combine(dump, file.FileName + ".expected.json"), file.Expected.ToJsonString(PlanJson.Options));
            }
            var score = Score(file);
            right += score.Right;
            total += score.Total;
            wrong.AddRange(score.Wrong.Select(w => $"{file.FileName}: {w}"));
        }
        var percent = 100.0 * right / total;
        File.WriteAllText(CaiTien.Testing.SharedPaths.Artifacts($"corpus-{kind}.txt"), $"{kind}: {right}/{total} ({percent:F2}%)\n" + string.Join("\n", wrong));
        Assert.True(percent >= 98.0, $"{kind}: {right}/{total} ({percent:F1}%)\n" + string.Join("\n", wrong.Take(60)));
    }

    public static PlanDiff.Score Score(CorpusFile file)
    {
        var result = PlanImporter.Import(new MemoryStream(file.Bytes), file.FileName);
        var actual = result.Plan is null ? new JsonObject() : JsonNode.Parse(PlanJson.Serialize(result.Plan));
        return PlanDiff.Compare(file.Expected, actual);
    }
}
