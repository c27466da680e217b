using System.Text.Json;
using CaiTien.Catalogs;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Catalogs;

public class CrosswalkTests
{
    public static TheoryData<string> Frameworks2018 => new() { "tt17-2018", "tt18-2018", "tt19-2018" };

    [Theory]
    [MemberData(nameof(Frameworks2018))]
    public void Every_2018_criterion_has_a_proposal_that_exists_in_its_TT57_appendix(string id)
    {
        var source = FrameworkRegistry.Default.Get(id);
        var table = Crosswalk.Load().From(id)!;
        var target = FrameworkRegistry.Default.Get(table.ToFrameworkId);

        Assert.Equal("2026", target.Regime);
        Assert.Equal(source.Criteria.Select(c => c.Code).Order(), table.Entries.Select(e => e.From).Order());
        Assert.All(table.Entries, e =>
        {
            Assert.NotNull(target.FindCriterion(e.To));
            Assert.All(e.Alternatives, a => Assert.NotNull(target.FindCriterion(a)));
            Assert.Contains(e.Confidence, new[] { "high", "medium", "low" });
            Assert.False(string.IsNullOrWhiteSpace(e.Basis));
        });
    }

    [Fact]
    public void The_target_appendix_matches_the_school_kind()
    {
        var crosswalk = Crosswalk.Default;
        Assert.All(crosswalk.Tables, t =>
        {
            var source = FrameworkRegistry.Default.Get(t.FromFrameworkId);
            var target = FrameworkRegistry.Default.Get(t.ToFrameworkId);
            Assert.NotEmpty(source.SchoolLevels.Intersect(target.SchoolLevels));
        });
    }

    [Fact]
    public void Every_row_of_fixture_000_gets_a_proposed_TT57_criterion()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedPaths.PlanJson("000")));
        var source = FrameworkRegistry.Default.Get(doc.RootElement.GetProperty("framework").GetString()!);
        var table = Crosswalk.Default.From(source.Id)!;
        var target = FrameworkRegistry.Default.Get(table.ToFrameworkId);
        var rows = doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("criterion").GetString()!).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, code => Assert.NotNull(target.FindCriterion(table.Propose(code)!)));
    }

    [Fact]
    public void A_principal_can_correct_a_proposal()
    {
        var table = Crosswalk.Default.From("tt17-2018")!;
        var corrected = table.WithCorrection("1.3", "1.1");

        Assert.Equal("1.1", corrected.Propose("1.3"));
        Assert.Equal("confirmed", corrected.Find("1.3")!.Confidence);
        Assert.Equal("1.2", table.Propose("1.3"));
        Assert.Throws<ArgumentException>(() => table.WithCorrection("9.9", "1.1"));
    }
}
