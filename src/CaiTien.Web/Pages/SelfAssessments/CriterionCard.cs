using CaiTien.Catalogs;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>One criterion's rating sheet as shown on the rating page (saved values, or the values just
/// posted when they were refused).</summary>
public sealed record CriterionCard(
    string Year,
    Criterion Criterion,
    CriterionResult Result,
    IReadOnlyDictionary<(int Level, string Key), bool> Verdicts,
    string? Description,
    string? Strengths,
    string? Weaknesses,
    string? ImprovementIdea,
    string EvidenceText,
    string? Assignee,
    bool Editable,
    Outcome? Message = null,
    AssessmentResult? SchoolOutOfBand = null)
{
    public string DomId => "criterion-" + Criterion.Code.Replace('.', '-');

    public static string FieldName(int level, string key) => $"v.{level}.{key}";

    /// <summary>"1" đạt, "0" không đạt, "" not rated.</summary>
    public string ValueOf(int level, string key) =>
        Verdicts.TryGetValue((level, key.ToLowerInvariant()), out var met) ? (met ? "1" : "0") : "";
}
