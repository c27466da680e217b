using CaiTien.Catalogs;

namespace CaiTien.SelfAssessments.Engine;

public enum CouncilRole
{
    Chair,
    ViceChair,
    Secretary,
    Member,
}

public sealed record CouncilMember(string Name, CouncilRole Role);

public enum CouncilIssue
{
    MissingChair,
    SeveralChairs,
    MissingSecretary,
    SeveralSecretaries,
    TooFewMembers,
    EvenNumberOfMembers,
}

public sealed record CouncilWarning(CouncilIssue Issue, string Message);

/// <summary>Checks the self-assessment council (Hội đồng tự đánh giá) against the framework's
/// <c>engine.council</c> data. The result is a list of warnings; an empty list means nothing to report.</summary>
public static class CouncilCheck
{
    public static IReadOnlyList<CouncilWarning> Check(Framework framework, IReadOnlyCollection<CouncilMember> members) =>
        Check(framework.Engine.Council, members);

    public static IReadOnlyList<CouncilWarning> Check(CouncilRule rule, IReadOnlyCollection<CouncilMember> members)
    {
        var warnings = new List<CouncilWarning>();
        var chairs = members.Count(m => m.Role == CouncilRole.Chair);
        var secretaries = members.Count(m => m.Role == CouncilRole.Secretary);

        if (rule.RequiresChair && chairs == 0)
            warnings.Add(new(CouncilIssue.MissingChair, "Hội đồng tự đánh giá chưa có Chủ tịch hội đồng."));
        if (chairs > 1)
            warnings.Add(new(CouncilIssue.SeveralChairs, $"Hội đồng tự đánh giá có {chairs} Chủ tịch; chỉ được có một Chủ tịch."));
        if (rule.RequiresSecretary && secretaries == 0)
            warnings.Add(new(CouncilIssue.MissingSecretary, "Hội đồng tự đánh giá chưa có Thư ký hội đồng."));
        if (secretaries > 1)
            warnings.Add(new(CouncilIssue.SeveralSecretaries, $"Hội đồng tự đánh giá có {secretaries} Thư ký; chỉ được có một Thư ký."));
        if (members.Count < rule.MinMembers)
            warnings.Add(new(CouncilIssue.TooFewMembers, $"Hội đồng tự đánh giá có {members.Count} thành viên; cần ít nhất {rule.MinMembers} thành viên."));
        if (rule.OddMembers && members.Count % 2 == 0)
            warnings.Add(new(CouncilIssue.EvenNumberOfMembers, $"Hội đồng tự đánh giá có {members.Count} thành viên; số thành viên phải là số lẻ."));
        return warnings;
    }
}
