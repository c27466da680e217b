using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Domain.Tests.SelfAssessments;

/// <summary>Builds rating sets for tests: every requirement of a framework, rated met up to a chosen level per criterion.</summary>
internal static class Ratings
{
    public static List<RequirementRating> AllMet(Framework framework) =>
        UpToLevels(framework, c => framework.MaxLevel);

    /// <summary>Requirements of levels 1..target(c) are met; those above are rated not met.</summary>
    public static List<RequirementRating> UpToLevels(Framework framework, Func<Criterion, int> target)
    {
        var ratings = new List<RequirementRating>();
        foreach (var criterion in framework.Criteria)
        {
            var reach = target(criterion);
            foreach (var (level, requirements) in criterion.Levels)
                foreach (var requirement in requirements)
                    ratings.Add(new RequirementRating(criterion.Code, level, requirement.Key, level <= reach));
        }
        return ratings;
    }

    public static List<RequirementRating> With(this List<RequirementRating> ratings, string code, int level, string key, bool met)
    {
        var index = ratings.FindIndex(r => r.CriterionCode == code && r.Level == level && r.RequirementKey == key);
        var rating = new RequirementRating(code, level, key, met);
        if (index < 0) ratings.Add(rating);
        else ratings[index] = rating;
        return ratings;
    }
}
