using System.Text.Json.Nodes;
using CaiTien.Cli;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;

namespace CaiTien.Tests.Cli;

/// <summary>The CLI against the same SQLite data folder the in-process app seeded.</summary>
[Collection(SqliteCollection.Name)]
public sealed class PlanCommandTests(SqliteApp app)
{
    private async Task<(int Exit, string Errors)> Run(params string[] args)
    {
        _ = app.Services; // make sure the app has created and seeded its database
        Environment.SetEnvironmentVariable("CaiTien__DataFolder", app.DataFolder);
        var (exit, _, errors) = await CliConsole.RunAsync(() => CliProgram.Main(args));
        return (exit, errors);
    }

    [Fact]
    public async Task Export_writes_the_stored_plan_as_caitien_plan_json()
    {
        var output = Path.Combine(app.DataFolder, "export-000.json");
        var (exit, errors) = await Run("plan", "export", "--school", "THDP", "--year", "2024-2025", "--out", output);
        Assert.True(exit == 0, errors);
        var expected = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("000")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(File.ReadAllText(output))));
    }

    [Fact]
    public async Task Import_of_another_schools_plan_fails_and_names_the_field()
    {
        var (exit, errors) = await Run("plan", "import", SharedPaths.PlanJson("002"), "--school", "THDP", "--replace");
        Assert.Equal(1, exit);
        Assert.Contains("$.school.name", errors);
        Assert.Contains("không phải của Trường Tiểu học Định Phước", errors);
    }

    [Fact]
    public async Task Import_of_a_missing_or_malformed_file_fails_clearly()
    {
        var (missing, missingErrors) = await Run("plan", "import", "/nonexistent/plan.json", "--school", "THDP");
        Assert.Equal(2, missing);
        Assert.Contains("không tìm thấy tệp", missingErrors);

        var broken = Path.Combine(app.DataFolder, "broken.json");
        await File.WriteAllTextAsync(broken, "{ \"schema\": ");
        var (exit, errors) = await Run("plan", "import", broken, "--school", "THDP");
        Assert.Equal(1, exit);
        Assert.Contains("JSON không hợp lệ", errors);
    }

    [Fact]
    public async Task Import_then_export_round_trips_a_fixture_for_its_own_school()
    {
        var (exit, errors) = await Run("plan", "import", SharedPaths.PlanJson("002"), "--school", "NBN", "--replace");
        Assert.True(exit == 0, errors);
        var output = Path.Combine(app.DataFolder, "export-002.json");
        (exit, errors) = await Run("plan", "export", "--school", "NBN", "--year", "2024-2025", "--out", output);
        Assert.True(exit == 0, errors);
        var expected = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("002")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(File.ReadAllText(output))));
    }
}
