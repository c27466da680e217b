using BenchmarkDotNet.Attributes;
using CaiTien.Catalogs;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Bench;

/// <summary>Issue 5: recomputing a whole TT17 school's levels (target ≤ 1 ms after one rating change).
/// Baseline: building the list of ratings the engine reads.</summary>
[MemoryDiagnoser, MedianColumn]
public class SelfAssessmentBench
{
    private Framework _framework = null!;
    private List<RequirementRating> _ratings = [];
    private RatingSheet _sheet = null!;
    private int _changes;

    [GlobalSetup]
    public void Setup()
    {
        _framework = FrameworkRegistry.Default.Get("tt17-2018");
        _ratings = SchoolRatings.All(_framework);
        _sheet = new RatingSheet(_framework, _ratings);
        if (LevelEngine.Evaluate(_framework, _ratings).Criteria.Count == 0) throw new InvalidOperationException("no criteria evaluated");
    }

    [Benchmark(Baseline = true)]
    public int BuildRatings() => SchoolRatings.All(_framework).Count;

    [Benchmark]
    public int EvaluateWholeSchool() => LevelEngine.Evaluate(_framework, _ratings).SchoolLevel;

    /// <summary>One member flips one requirement, then the whole school is recomputed from the sheet.</summary>
    [Benchmark]
    public int SetOneAndEvaluate()
    {
        var i = _changes++ % _ratings.Count;
        var rating = _ratings[i] = _ratings[i] with { Met = !_ratings[i].Met };
        var check = _sheet.Set(rating);
        if (!check.IsValid) throw new InvalidOperationException(check.Message);
        return _sheet.Evaluate().SchoolLevel;
    }
}
