using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Infrastructure;

/// <summary>The framework's own validation texts in Vietnamese. Required fields are checked by each use case with
/// its own message, so the implicit "required" of non-nullable strings (and its English data-val attribute) is
/// turned off.</summary>
public static class VietnameseModelBinding
{
    public static void Apply(MvcOptions options)
    {
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị “{value}” không hợp lệ.");
        m.SetMissingBindRequiredValueAccessor(field => "Chưa có giá trị bắt buộc.");
        m.SetMissingKeyOrValueAccessor(() => "Chưa có giá trị bắt buộc.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu gửi lên không có nội dung.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Ô này cần một số.");
        m.SetUnknownValueIsInvalidAccessor(field => "Giá trị không hợp lệ.");
        m.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        m.SetValueMustBeANumberAccessor(field => "Ô này cần một số.");
        m.SetValueMustNotBeNullAccessor(value => "Chưa có giá trị bắt buộc.");
    }
}
