using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Domain.Tests.SelfAssessments;

public class LevelEngineTt57Tests
{
    public static TheoryData<string> Appendices => new() { "tt57-2026-preschool", "tt57-2026-general", "tt57-2026-continuing" };

    private static AssessmentResult Evaluate(Framework framework, Func<Criterion, int> reach) =>
        LevelEngine.Evaluate(framework, Ratings.UpToLevels(framework, reach));

    [Theory]
    [MemberData(nameof(Appendices))]
    public void All_met_gives_Muc_2(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var result = LevelEngine.Evaluate(framework, Ratings.AllMet(framework));

        Assert.Equal(2, result.SchoolLevel);
        Assert.Equal(2, result.LevelCounts.Count);
        Assert.Equal("15/15", result.CountAt(2).RatioText);
    }

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Seven_of_eight_mandatory_criteria_give_no_level(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var failing = framework.Criteria.First(c => c.Mandatory).Code;

        var result = Evaluate(framework, c => c.Code == failing ? 0 : 2);

        Assert.Equal(0, result.SchoolLevel);
        Assert.Equal("14/15", result.CountAt(1).RatioText);
        var rule1 = result.Rules.Single(r => r.Level == 1);
        Assert.False(rule1.Satisfied);
        Assert.Equal((8, 7), (rule1.Conditions[0].InScope, rule1.Conditions[0].Reached));
    }

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Four_of_the_other_seven_give_no_level(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var failing = framework.Criteria.Where(c => !c.Mandatory).Take(3).Select(c => c.Code).ToHashSet();

        var result = Evaluate(framework, c => failing.Contains(c.Code) ? 0 : 2);

        Assert.Equal(0, result.SchoolLevel);
    }

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Five_of_the_other_seven_are_enough_for_Muc_1_but_not_for_Muc_2_when_any_is_below_Muc_1(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var failing = framework.Criteria.Where(c => !c.Mandatory).Take(2).Select(c => c.Code).ToHashSet();

        var result = Evaluate(framework, c => failing.Contains(c.Code) ? 0 : 2);

        // Mandatory all at Mức 2 and 5/7 others at Mức 2, yet two criteria are below Mức 1.
        Assert.Equal(1, result.SchoolLevel);
        var rule2 = result.Rules.Single(r => r.Level == 2);
        Assert.Equal([true, true, false], rule2.Conditions.Select(c => c.Satisfied));
    }

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Muc_2_needs_every_mandatory_criterion_at_Muc_2(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var mandatory = framework.Criteria.First(c => c.Mandatory).Code;

        var result = Evaluate(framework, c => c.Code == mandatory ? 1 : 2);

        Assert.Equal(1, result.SchoolLevel);
        Assert.Equal("14/15", result.CountAt(2).RatioText);
    }

    [Theory]
    [MemberData(nameof(Appendices))]
    public void Five_others_at_Muc_2_and_two_at_Muc_1_give_Muc_2(string id)
    {
        var framework = FrameworkRegistry.Default.Get(id);
        var atOne = framework.Criteria.Where(c => !c.Mandatory).Take(2).Select(c => c.Code).ToHashSet();

        Assert.Equal(2, Evaluate(framework, c => atOne.Contains(c.Code) ? 1 : 2).SchoolLevel);
    }

    [Fact]
    public void A_Muc_3_rating_is_refused_under_TT57()
    {
        var framework = FrameworkRegistry.Default.Get("tt57-2026-general");

        var check = RatingValidator.Check(framework, new("1.1", 3, "1", true));

        Assert.False(check.IsValid);
        Assert.Contains("chỉ có Mức 1 đến Mức 2", check.Message);
        Assert.True(RatingValidator.Check(framework, new("1.1", 2, "1", true)).IsValid);
    }
}
