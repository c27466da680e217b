using System.Text.Json;
using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.SelfAssessments;

public class LevelEngine2018Tests
{
    public static TheoryData<string> Frameworks2018 => new() { "tt17-2018", "tt18-2018", "tt19-2018" };

    [Theory]
    [MemberData(nameof(Frameworks2018))]
    public void All_requirements_met_gives_a_Muc_3_school(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var result = LevelEngine.Evaluate(framework, Ratings.AllMet(framework));

        Assert.Equal(3, result.SchoolLevel);
        Assert.All(result.Criteria, c => Assert.Equal(c.HighestLevel, c.Level));
        Assert.All(result.Criteria, c => Assert.True(c.IsFullyRated));
        foreach (var tally in result.LevelCounts)
        {
            Assert.Equal(tally.Total, tally.Met);
            Assert.Equal(framework.Criteria.Count(c => c.HasLevel(tally.Level)), tally.Total);
        }
        Assert.All(result.Standards, s => Assert.Equal(3, s.Level));
    }

    [Theory]
    [MemberData(nameof(Frameworks2018))]
    public void One_missing_Muc_1_requirement_fails_the_criterion_and_the_school(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var victim = framework.Criteria.Last();
        var requirement = victim.Levels[1][^1];
        var ratings = Ratings.AllMet(framework).With(victim.Code, 1, requirement.Key, met: false);

        var result = LevelEngine.Evaluate(framework, ratings);

        var failed = result.Find(victim.Code)!;
        Assert.Equal(0, failed.Level);
        Assert.Equal("Không đạt", failed.LevelText);
        Assert.Equal(0, result.SchoolLevel);
        Assert.Equal(1, result.CountAt(1).NotMet);
        Assert.Equal(1, result.CountAt(2).NotMet);
        Assert.All(result.Criteria.Where(c => c.Code != victim.Code), c => Assert.Equal(c.HighestLevel, c.Level));
        Assert.False(result.Rules.Single(r => r.Level == 1).Satisfied);
        Assert.Equal(0, result.Standards.Single(s => s.Number == victim.StandardNumber).Level);
    }

    [Theory]
    [MemberData(nameof(Frameworks2018))]
    public void Unrated_requirements_count_as_not_met(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var result = LevelEngine.Evaluate(framework, []);

        Assert.Equal(0, result.SchoolLevel);
        Assert.All(result.Criteria, c => Assert.Equal(0, c.Level));
        Assert.All(result.Criteria, c => Assert.False(c.IsFullyRated));
    }

    [Fact]
    public void A_failed_Muc_2_requirement_caps_the_criterion_even_when_Muc_3_is_met()
    {
        var framework = FrameworkRegistry.Default.Get("tt17-2018");
        var criterion = framework.Criteria.First(c => c.HasLevel(3));
        var ratings = Ratings.AllMet(framework).With(criterion.Code, 2, criterion.Levels[2][0].Key, met: false);

        var result = LevelEngine.Evaluate(framework, ratings);

        Assert.Equal(1, result.Find(criterion.Code)!.Level);
        Assert.Equal(1, result.SchoolLevel);
    }

    [Fact]
    public void Counts_stated_in_fixture_002_are_reproduced_from_ratings()
    {
        var stated = ReadStatedSummary("002");
        var framework = FrameworkRegistry.Default.Get("tt17-2018");
        var metAt2 = stated.CriteriaAtLevel["2"].Met;
        var metAt3 = stated.CriteriaAtLevel["3"].Met;

        // Choose the failures: the first criteria lacking Mức 3 and then the first ones with it miss Mức 2,
        // the remaining ones with a Mức 3 reach it until the stated count is used up.
        var criteria = framework.Criteria.OrderBy(c => c.HasLevel(3)).ToList();
        var missMuc2 = criteria.Take(criteria.Count - metAt2).Select(c => c.Code).ToHashSet();
        var reachMuc3 = criteria.Where(c => c.HasLevel(3) && !missMuc2.Contains(c.Code)).Take(metAt3).Select(c => c.Code).ToHashSet();
        var ratings = Ratings.UpToLevels(framework, c => missMuc2.Contains(c.Code) ? 1 : reachMuc3.Contains(c.Code) ? 3 : 2);

        var result = LevelEngine.Evaluate(framework, ratings);

        foreach (var (level, count) in stated.CriteriaAtLevel)
        {
            var tally = result.CountAt(int.Parse(level));
            Assert.Equal(count.Met, tally.Met);
            Assert.Equal(count.Total, tally.Total);
        }
        Assert.Equal("27/27", result.CountAt(1).RatioText);
        Assert.Equal("20/27", result.CountAt(2).RatioText);
        Assert.Equal("74,07%", result.CountAt(2).PercentText);
        Assert.Equal("05/19", result.CountAt(3).RatioText);
        Assert.Equal(stated.SchoolLevel, result.SchoolLevel);
    }

    [Fact]
    public void Summary_uses_the_interchange_shape()
    {
        var framework = FrameworkRegistry.Default.Get("tt17-2018");
        var summary = LevelEngine.Evaluate(framework, Ratings.AllMet(framework)).ToSummary("2024-2025");

        Assert.Equal(3, summary.SchoolLevel);
        Assert.Equal(19, summary.CriteriaAtLevel!["3"].Total);
        Assert.Equal("100%", summary.CriteriaAtLevel["1"].MetPercentText);
        Assert.Equal(0, summary.CriteriaAtLevel["2"].NotMet);
    }

    private static (Dictionary<string, (int Met, int Total)> CriteriaAtLevel, int SchoolLevel) ReadStatedSummary(string fixture)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedPaths.PlanJson(fixture)));
        var self = doc.RootElement.GetProperty("selfAssessment");
        var counts = self.GetProperty("criteriaAtLevel").EnumerateObject().ToDictionary(
            p => p.Name, p => (p.Value.GetProperty("met").GetInt32(), p.Value.GetProperty("total").GetInt32()));
        return (counts, self.GetProperty("schoolLevel").GetInt32());
    }
}
