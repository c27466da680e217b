using CaiTien.Catalogs;

namespace CaiTien.SelfAssessments.Engine;

/// <summary>The outcome of checking one rating before it is saved; <see cref="Message"/> is shown to the user.</summary>
public sealed record RatingCheck(bool IsValid, string? Message)
{
    public static readonly RatingCheck Valid = new(true, null);

    public static RatingCheck Invalid(string message) => new(false, message);
}

/// <summary>Checks that a rating names a criterion, level and requirement that exist in the framework.</summary>
public static class RatingValidator
{
    public static RatingCheck Check(Framework framework, RequirementRating rating) =>
        Check(CompiledFramework.For(framework), rating);

    internal static RatingCheck Check(CompiledFramework compiled, RequirementRating rating)
    {
        var circular = compiled.Framework.Circular;
        if (string.IsNullOrWhiteSpace(rating.CriterionCode))
            return RatingCheck.Invalid("Chưa chọn tiêu chí cần đánh giá.");
        var index = compiled.IndexOf(rating.CriterionCode);
        if (index < 0)
            return RatingCheck.Invalid($"Tiêu chí {rating.CriterionCode} không có trong bộ tiêu chí của Thông tư {circular}.");
        if (rating.Level < 1)
            return RatingCheck.Invalid($"Mức {rating.Level} không hợp lệ: mức đánh giá bắt đầu từ Mức 1.");
        if (rating.Level > compiled.MaxLevel)
            return RatingCheck.Invalid($"Thông tư {circular} chỉ có Mức 1 đến Mức {compiled.MaxLevel}; không đánh giá Mức {rating.Level}.");

        var criterion = compiled.Criteria[index];
        var keys = criterion.KeysByLevel[rating.Level];
        if (keys.Length == 0)
            return RatingCheck.Invalid($"Tiêu chí {criterion.Code} không có Mức {rating.Level} (tiêu chí này chỉ có đến Mức {criterion.HighestLevel}).");
        if (criterion.BitOf(rating.Level, rating.RequirementKey ?? "") < 0)
            return RatingCheck.Invalid(
                $"Tiêu chí {criterion.Code}, Mức {rating.Level} không có yêu cầu “{rating.RequirementKey}”; các yêu cầu của mức này: {string.Join(", ", keys)}.");
        return RatingCheck.Valid;
    }
}
