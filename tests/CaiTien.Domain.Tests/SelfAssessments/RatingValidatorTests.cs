using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Domain.Tests.SelfAssessments;

public class RatingValidatorTests
{
    private static readonly Framework Tt17 = FrameworkRegistry.Default.Get("tt17-2018");

    [Fact]
    public void A_requirement_of_the_catalog_is_accepted()
    {
        Assert.True(RatingValidator.Check(Tt17, new("1.1", 1, "a", true)).IsValid);
        Assert.True(RatingValidator.Check(Tt17, new("1.1", 3, "1", false)).IsValid);
    }

    [Fact]
    public void A_criterion_outside_the_framework_is_refused()
    {
        var check = RatingValidator.Check(Tt17, new("6.1", 1, "a", true));
        Assert.False(check.IsValid);
        Assert.Contains("Tiêu chí 6.1 không có", check.Message);
    }

    [Fact]
    public void Muc_3_on_a_criterion_without_Muc_3_is_refused()
    {
        var withoutMuc3 = Tt17.Criteria.First(c => !c.HasLevel(3));
        var check = RatingValidator.Check(Tt17, new(withoutMuc3.Code, 3, "1", true));
        Assert.False(check.IsValid);
        Assert.Contains($"Tiêu chí {withoutMuc3.Code} không có Mức 3", check.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_level_outside_the_framework_is_refused(int level)
    {
        var check = RatingValidator.Check(Tt17, new("1.1", level, "a", true));
        Assert.False(check.IsValid);
        Assert.Contains($"Mức {level}", check.Message);
    }

    [Fact]
    public void An_unknown_requirement_key_is_refused_and_the_known_keys_listed()
    {
        var check = RatingValidator.Check(Tt17, new("1.1", 1, "d", true));
        Assert.False(check.IsValid);
        Assert.Contains("“d”", check.Message);
        Assert.Contains("a, b, c", check.Message);
    }

    [Fact]
    public void The_sheet_refuses_a_bad_rating_and_keeps_its_state()
    {
        var sheet = new RatingSheet(Tt17, Ratings.AllMet(Tt17));
        var before = sheet.Evaluate();

        var check = sheet.Set(new("1.1", 1, "z", false));

        Assert.False(check.IsValid);
        Assert.Equal(before.SchoolLevel, sheet.Evaluate().SchoolLevel);
        Assert.Equal(3, before.SchoolLevel);
    }

    [Fact]
    public void The_sheet_recomputes_after_one_change_and_after_clearing_it()
    {
        var sheet = new RatingSheet(Tt17, Ratings.AllMet(Tt17));

        Assert.True(sheet.Set(new("3.4", 1, "a", false)).IsValid);
        var after = sheet.Evaluate();
        Assert.Equal(0, after.Find("3.4")!.Level);
        Assert.Equal(0, after.SchoolLevel);

        Assert.True(sheet.Set(new("3.4", 1, "a", true)).IsValid);
        Assert.Equal(3, sheet.Evaluate().SchoolLevel);

        Assert.True(sheet.Clear("3.4", 1, "a"));
        var cleared = sheet.Evaluate().Find("3.4")!;
        Assert.Equal(0, cleared.Level);
        Assert.False(cleared.IsFullyRated);
    }
}
