using System.Numerics;
using CaiTien.Catalogs;

namespace CaiTien.SelfAssessments.Engine;

/// <summary>Computes criterion, standard and school levels from requirement ratings, using only the
/// framework's data (its levels and its <c>engine.schoolLevels</c> rules): no circular is named here.</summary>
public static class LevelEngine
{
    /// <summary>Evaluates a whole school. Ratings outside the framework are ignored (check them with
    /// <see cref="RatingValidator"/> before saving); an unrated requirement counts as not met; when the same
    /// requirement appears twice the last rating wins.</summary>
    public static AssessmentResult Evaluate(Framework framework, IReadOnlyCollection<RequirementRating> ratings)
    {
        var compiled = CompiledFramework.For(framework);
        var met = new ulong[compiled.Criteria.Length];
        var rated = new ulong[compiled.Criteria.Length];
        foreach (var rating in ratings)
        {
            var index = compiled.IndexOf(rating.CriterionCode);
            if (index < 0) continue;
            var bit = compiled.Criteria[index].BitOf(rating.Level, rating.RequirementKey);
            if (bit < 0) continue;
            Apply(ref met[index], ref rated[index], bit, rating.Met);
        }
        return Compute(compiled, met, rated);
    }

    internal static void Apply(ref ulong met, ref ulong rated, int bit, bool isMet)
    {
        var mask = 1UL << bit;
        rated |= mask;
        met = isMet ? met | mask : met & ~mask;
    }

    internal static AssessmentResult Compute(CompiledFramework compiled, ulong[] met, ulong[] rated)
    {
        var criteria = compiled.Criteria;
        var maxLevel = compiled.MaxLevel;
        var levels = new int[criteria.Length];
        var criterionResults = new CriterionResult[criteria.Length];
        for (var i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            levels[i] = c.LevelReached(met[i]);
            var all = c.AllBits;
            var first = c.HighestLevel == 0 ? 0 : c.CumulativeMasks[1];
            var pending = levels[i] == 0 && (rated[i] & first) != first && (rated[i] & ~met[i] & first) == 0;
            criterionResults[i] = new CriterionResult(c.Code, compiled.StandardNumbers[c.StandardIndex], c.Mandatory, levels[i],
                c.HighestLevel, BitOperations.PopCount(rated[i] & all), BitOperations.PopCount(all), pending);
        }

        var standards = new StandardResult[compiled.StandardRanges.Length];
        for (var s = 0; s < standards.Length; s++)
        {
            var (start, count) = compiled.StandardRanges[s];
            standards[s] = new StandardResult(compiled.StandardNumbers[s], compiled.Framework.Standards[s].Title,
                StandardLevel(criteria, levels, start, count, maxLevel), Tally(criteria, levels, start, count, maxLevel));
        }

        var rules = new RuleOutcome[compiled.Rules.Length];
        var schoolLevel = 0;
        var ladderOpen = true;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = compiled.Rules[r];
            var conditions = new ConditionOutcome[rule.Conditions.Length];
            var satisfied = true;
            for (var k = 0; k < conditions.Length; k++)
            {
                var condition = rule.Conditions[k];
                var reached = 0;
                foreach (var member in condition.Members)
                    if (levels[member] >= condition.MinLevel) reached++;
                conditions[k] = new ConditionOutcome(condition.Source, condition.Members.Length, reached, condition.Required);
                satisfied &= reached >= condition.Required;
            }
            rules[r] = new RuleOutcome(rule.Level, satisfied, conditions);
            // Levels are cumulative: a school is Mức 2 only if the Mức 1 rule holds as well.
            if (ladderOpen && satisfied) schoolLevel = rule.Level;
            else ladderOpen = false;
        }

        return new AssessmentResult(compiled.Framework, criterionResults, standards,
            Tally(criteria, levels, 0, criteria.Length, maxLevel), rules, schoolLevel);
    }

    private static LevelTally[] Tally(CompiledCriterion[] criteria, int[] levels, int start, int count, int maxLevel)
    {
        var tallies = new LevelTally[maxLevel];
        for (var level = 1; level <= maxLevel; level++)
        {
            int total = 0, reached = 0;
            for (var i = start; i < start + count; i++)
            {
                if (criteria[i].HighestLevel < level) continue;
                total++;
                if (levels[i] >= level) reached++;
            }
            tallies[level - 1] = new LevelTally(level, reached, total);
        }
        return tallies;
    }

    private static int StandardLevel(CompiledCriterion[] criteria, int[] levels, int start, int count, int maxLevel)
    {
        var result = 0;
        for (var level = 1; level <= maxLevel; level++)
        {
            var anyHasLevel = false;
            for (var i = start; i < start + count; i++)
            {
                if (levels[i] < Math.Min(level, criteria[i].HighestLevel)) return result;
                anyHasLevel |= criteria[i].HighestLevel >= level;
            }
            if (!anyHasLevel) return result;
            result = level;
        }
        return result;
    }
}
