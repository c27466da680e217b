using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Domain.Tests.SelfAssessments;

public class CouncilCheckTests
{
    private static List<CouncilMember> Council(int members, bool chair = true, bool secretary = true)
    {
        var list = new List<CouncilMember>();
        if (chair) list.Add(new("Nguyễn Văn A", CouncilRole.Chair));
        if (secretary) list.Add(new("Trần Thị B", CouncilRole.Secretary));
        while (list.Count < members) list.Add(new($"Thành viên {list.Count + 1}", CouncilRole.Member));
        return list;
    }

    [Fact]
    public void A_complete_council_has_no_warning()
    {
        var rule = new CouncilRule(5, OddMembers: true, RequiresChair: true, RequiresSecretary: true);
        Assert.Empty(CouncilCheck.Check(rule, Council(7)));
    }

    [Fact]
    public void Missing_chair_and_secretary_are_warned()
    {
        var rule = new CouncilRule(5, OddMembers: false, RequiresChair: true, RequiresSecretary: true);
        var issues = CouncilCheck.Check(rule, Council(5, chair: false, secretary: false)).Select(w => w.Issue);
        Assert.Equal([CouncilIssue.MissingChair, CouncilIssue.MissingSecretary], issues);
    }

    [Fact]
    public void Two_chairs_are_warned()
    {
        var rule = new CouncilRule(0, false, true, true);
        var council = Council(5);
        council[^1] = council[^1] with { Role = CouncilRole.Chair };
        Assert.Equal(CouncilIssue.SeveralChairs, Assert.Single(CouncilCheck.Check(rule, council)).Issue);
    }

    [Fact]
    public void Size_and_parity_follow_the_rule_data()
    {
        var oddRule = new CouncilRule(5, OddMembers: true, true, true);
        Assert.Equal([CouncilIssue.TooFewMembers, CouncilIssue.EvenNumberOfMembers], CouncilCheck.Check(oddRule, Council(4)).Select(w => w.Issue));
        Assert.Equal(CouncilIssue.EvenNumberOfMembers, Assert.Single(CouncilCheck.Check(oddRule, Council(6))).Issue);

        var anySize = new CouncilRule(5, OddMembers: false, true, true);
        Assert.Empty(CouncilCheck.Check(anySize, Council(6)));
    }

    [Fact]
    public void The_2018_frameworks_do_not_ask_for_an_odd_council()
    {
        var framework = FrameworkRegistry.Default.Get("tt17-2018");
        var warning = Assert.Single(CouncilCheck.Check(framework, Council(4)));
        Assert.Contains("ít nhất 5", warning.Message);
    }
}
