using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Bench;

/// <summary>A whole school's ratings: every requirement of every level of every criterion rated, about one in
/// seven not met (fixed seed), so criteria land on different levels.</summary>
public static class SchoolRatings
{
    public static List<RequirementRating> All(Framework framework, int seed = 17)
    {
        var random = new Random(seed);
        var ratings = new List<RequirementRating>();
        foreach (var criterion in framework.Criteria)
            foreach (var (level, requirements) in criterion.Levels.OrderBy(l => l.Key))
                foreach (var requirement in requirements)
                    ratings.Add(new RequirementRating(criterion.Code, level, requirement.Key, random.Next(7) != 0));
        return ratings;
    }
}
