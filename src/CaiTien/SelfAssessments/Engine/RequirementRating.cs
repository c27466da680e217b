namespace CaiTien.SelfAssessments.Engine;

/// <summary>One member's verdict on one requirement (chỉ báo / yêu cầu) of one level of a criterion:
/// criterion "1.4", level 2, requirement "a" → đạt (true) or không đạt (false).</summary>
public readonly record struct RequirementRating(string CriterionCode, int Level, string RequirementKey, bool Met);
