using System.Text.Json.Nodes;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests;

public class PlanJsonTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Fixture_reads_and_writes_back_identical(string id)
    {
        var json = File.ReadAllText(SharedPaths.PlanJson(id));
        var result = PlanJson.Read(json);
        Assert.True(result.Ok, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var written = PlanJson.Serialize(result.Plan!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Wrong_schema_version_is_reported_with_its_path()
    {
        var result = PlanJson.Read("""{"schema":"caitien.plan/2","school":{"name":"A","level":"primary"},"schoolYear":"2024-2025","items":[]}""");
        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Path == "$.schema" && e.Message.Contains("caitien.plan/2"));
    }

    [Fact]
    public void Malformed_json_gives_line_and_column()
    {
        var result = PlanJson.Read("{\n  \"schema\": \"caitien.plan/1\",\n  \"school\": {\n}");
        Assert.False(result.Ok);
        Assert.Contains("dòng", result.Errors[0].Message);
    }

    [Fact]
    public void Over_long_cell_names_row_and_column()
    {
        var plan = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson("000"))).Plan!;
        var items = plan.Items.ToList();
        items[3] = items[3] with { Tasks = new string('x', 20_000) };
        var errors = PlanJson.Validate(plan with { Items = items });
        var error = Assert.Single(errors);
        Assert.Equal("$.items[3].tasks", error.Path);
        Assert.Contains("Dòng 4", error.Message);
    }
}
