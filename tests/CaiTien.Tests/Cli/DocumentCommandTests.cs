using System.Text.Json.Nodes;
using CaiTien.Cli;
using CaiTien.Testing;
using CaiTien.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace CaiTien.Tests.Cli;

/// <summary>The file-only commands: no database is touched.</summary>
public sealed class DocumentCommandTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caitien-cli-").FullName;

    [Fact]
    public async Task Import_of_a_fixture_docx_writes_the_fixture_json()
    {
        var output = Path.Combine(_dir, "000.json");
        Assert.Equal(0, await CliProgram.Main(["import", SharedPaths.Docx("000"), "--out", output]));
        var expected = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("000")));
        Assert.Empty(JsonSubset.Differences(expected, JsonNode.Parse(File.ReadAllText(output))));
    }

    [Fact]
    public async Task Import_of_an_unreadable_file_exits_2()
    {
        var bogus = Path.Combine(_dir, "ke-hoach.docx");
        await File.WriteAllBytesAsync(bogus, "%PDF-1.7 not a word file"u8.ToArray());
        Assert.Equal(2, await CliProgram.Main(["import", bogus]));
    }

    [Fact]
    public async Task Check_exits_1_on_a_plan_with_errors_and_writes_json_findings()
    {
        var (exit, output, _) = await CliConsole.RunAsync(() => CliProgram.Main(["check", SharedPaths.PlanJson("002"), "--format", "json"]));
        Assert.Equal(1, exit);
        var findings = JsonNode.Parse(output)!.AsArray();
        Assert.Contains(findings, f => f!["severity"]!.GetValue<string>() == "error");
        Assert.All(findings, f => Assert.NotNull(f!["location"]!["section"]));
    }

    [Fact]
    public async Task Render_makes_a_pdf_with_the_plans_text()
    {
        var output = Path.Combine(_dir, "002.pdf");
        Assert.Equal(0, await CliProgram.Main(["render", SharedPaths.PlanJson("002"), "--format", "pdf", "--out", output]));
        using var pdf = PdfDocument.Open(output);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Nguyễn Bá Ngọc", text.Normalize());
    }
}
