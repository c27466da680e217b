using CaiTien.Catalogs;

namespace CaiTien.Domain.Tests.Catalogs;

public class Tt57CatalogTests
{
    private static readonly string[] MandatoryCodes = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];

    public static TheoryData<string, string> Appendices => new()
    {
        { "tt57-2026-preschool", "preschool" },
        { "tt57-2026-general", "primary" },
        { "tt57-2026-general", "upperSecondary" },
        { "tt57-2026-continuing", "continuingEducation" },
    };

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Each_appendix_has_4_standards_15_criteria_8_mandatory_and_30_level_entries(string id, string schoolLevel)
    {
        var framework = FrameworkRegistry.Default.Get(id);

        Assert.Same(framework, FrameworkRegistry.Default.ForLevel(schoolLevel, "2026"));
        Assert.Equal("57/2026/TT-BGDĐT", framework.Circular);
        Assert.False(framework.Verified);
        Assert.Equal(4, framework.Standards.Count);
        Assert.Equal(15, framework.Criteria.Count());
        Assert.Equal(MandatoryCodes, framework.Criteria.Where(c => c.Mandatory).Select(c => c.Code));
        Assert.Equal(30, framework.Criteria.Sum(c => c.Levels.Count(l => l.Value.Count > 0)));
        Assert.All(framework.Criteria, c => Assert.Equal(2, c.HighestLevel));
        Assert.All(framework.Criteria, c => Assert.Matches(@"^[1-4]\.[1-9]$", c.Code));
        Assert.All(framework.Criteria.SelectMany(c => c.Levels.Values.SelectMany(r => r)), r => Assert.True(r.Text.Length > 40));
    }

    [Theory]
    [InlineData("tt57-2026-preschool")]
    [InlineData("tt57-2026-general")]
    [InlineData("tt57-2026-continuing")]
    public void Rules_are_data_with_two_levels_and_an_odd_council(string id)
    {
        var engine = FrameworkRegistry.Default.Get(id).Engine;

        Assert.Equal(2, engine.MaxLevel);
        Assert.Equal([1, 2], engine.SchoolLevels.Select(r => r.Level));
        Assert.Equal(new CouncilRule(5, true, true, true), engine.Council);
        Assert.Equal("MC.1.1.01", engine.EvidenceCodeExample);
        Assert.Equal(10, FrameworkRegistry.Default.Get(id).PlanColumns.Count);
    }

    [Fact]
    public void The_2018_frameworks_still_load_next_to_the_2026_ones()
    {
        Assert.Equal("tt17-2018", FrameworkRegistry.Default.ForLevel("primary", "2018")!.Id);
        Assert.Equal("tt17-2018", FrameworkRegistry.Default.Get("17/2018/TT-BGDĐT").Id);
        Assert.Equal("57/2026/TT-BGDĐT", FrameworkRegistry.Default.Get("57/2026/TT-BGDĐT").Circular);
    }

    [Fact]
    public void Evidence_codes_follow_the_TT57_convention_and_2018_codes_are_named_as_such()
    {
        var framework = FrameworkRegistry.Default.Get("tt57-2026-general");

        Assert.True(EvidenceCodeValidator.Check(framework, "MC.1.1.01").IsValid);
        Assert.Equal("4.3", EvidenceCodeValidator.Check(framework, "MC.4.3.12").CriterionCode);
        Assert.False(EvidenceCodeValidator.Check(framework, "MC.5.1.01").IsValid);
        Assert.False(EvidenceCodeValidator.Check(framework, "MC.1.6.01").IsValid);

        var old = EvidenceCodeValidator.Check(framework, "[H1-1.1-01]");
        Assert.False(old.IsValid);
        Assert.Contains("MC.1.1.01", old.Message);
        Assert.Contains("2018/TT-BGDĐT", old.Message);
    }
}
