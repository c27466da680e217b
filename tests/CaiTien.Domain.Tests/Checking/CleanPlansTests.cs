using CaiTien.Checking;
using CaiTien.Documents.Export;
using CaiTien.Documents.Import;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>No false alarms on plans written without mistakes for the import corpus (a preschool under TT 19, a THCS
/// and a THPT under TT 18, a TT 57 school): zero errors and warnings as JSON, and the same findings after the plan
/// goes through CaiTien's own Word letter and back (issue 17 items 4 and 5).</summary>
public class CleanPlansTests
{
    private static string Folder => Path.Combine(SharedPaths.RepoRoot, "tests", "CaiTien.Documents.Tests", "Corpus", "Plans");

    public static TheoryData<string> Ids() => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_clean_plan_has_no_errors_or_warnings_as_json_or_from_its_Word_letter(string id)
    {
        var plan = Plans.Read(File.ReadAllText(Path.Combine(Folder, id + ".json")));
        var findings = Plans.Check(plan);
        var loud = findings.Where(f => f.Severity != Severities.Info).ToList();
        Assert.True(loud.Count == 0, Plans.Describe(loud));

        using var docx = new MemoryStream();
        PlanDocxWriter.Write(plan, docx, new DocumentOptions());
        var back = PlanImporter.Import(new MemoryStream(docx.ToArray()), id + ".docx");
        Assert.True(back.Ok, string.Join("\n", back.Errors));
        static string Key(Finding f) => $"{f.Rule}|{f.Severity}|{f.Location.Section}|{f.Location.Item}|{f.Location.Field}";
        var again = Plans.Check(back.Plan!).Where(f => f.Location.Section != Sections.Prose).ToList();
        Assert.True(findings.Select(Key).Order().SequenceEqual(again.Select(Key).Order()), "JSON:\n" + Plans.Describe(findings) + "\nWord:\n" + Plans.Describe(again));
    }
}
