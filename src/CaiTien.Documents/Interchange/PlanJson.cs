using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Interchange;

/// <summary>Reads and writes <c>caitien.plan/1</c>. Reading validates the shape and returns every problem
/// with its JSON path, in Vietnamese, instead of throwing.</summary>
public static partial class PlanJson
{
    public const int MaxTextLength = 10_000;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(PlanDocument plan) => JsonSerializer.Serialize(plan, Options);

    public static void Write(PlanDocument plan, Stream stream) => JsonSerializer.Serialize(stream, plan, Options);

    public static PlanReadResult Read(string json)
    {
        PlanDocument? plan;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var shapeErrors = CheckRawShape(doc.RootElement);
            if (shapeErrors.Count > 0) return new PlanReadResult(null, shapeErrors);
            plan = doc.RootElement.Deserialize<PlanDocument>(Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (dòng {line + 1}, cột {(ex.BytePositionInLine ?? 0) + 1})" : "";
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" tại {ex.Path}";
            return new PlanReadResult(null, [new PlanReadError(ex.Path ?? "$", $"Tệp JSON không hợp lệ{path}{where}: sai kiểu dữ liệu hoặc sai cú pháp.")]);
        }
        if (plan is null) return new PlanReadResult(null, [new PlanReadError("$", "Tệp JSON rỗng.")]);
        var errors = Validate(plan);
        return new PlanReadResult(errors.Count == 0 ? plan : null, errors);
    }

    public static PlanReadResult Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }

    private static List<PlanReadError> CheckRawShape(JsonElement root)
    {
        var errors = new List<PlanReadError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", "Tệp phải chứa một đối tượng JSON (một kế hoạch)."));
            return errors;
        }
        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String)
            errors.Add(new("$.schema", $"Thiếu trường \"schema\" (phải là \"{PlanDocument.SchemaId}\")."));
        else if (schema.GetString() != PlanDocument.SchemaId)
            errors.Add(new("$.schema", $"Phiên bản định dạng \"{schema.GetString()}\" không được hỗ trợ; cần \"{PlanDocument.SchemaId}\"."));
        foreach (var (name, label) in new[] { ("school", "thông tin trường"), ("schoolYear", "năm học"), ("items", "bảng kế hoạch") })
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
                errors.Add(new($"$.{name}", $"Thiếu trường bắt buộc \"{name}\" ({label})."));
        return errors;
    }

    public static List<PlanReadError> Validate(PlanDocument plan)
    {
        var errors = new List<PlanReadError>();
        void Text(string path, string? value, string label)
        {
            if (value is { Length: > MaxTextLength })
                errors.Add(new(path, $"{label} dài {Number(value.Length)} ký tự, vượt giới hạn {Number(MaxTextLength)} ký tự."));
        }

        if (string.IsNullOrWhiteSpace(plan.School.Name)) errors.Add(new("$.school.name", "Thiếu tên trường."));
        Text("$.school.name", plan.School.Name, "Tên trường");
        if (!SchoolLevels.All.Contains(plan.School.Level))
            errors.Add(new("$.school.level", $"Cấp học \"{plan.School.Level}\" không hợp lệ (preschool, primary, lowerSecondary, upperSecondary, multiLevel)."));
        if (!SchoolYearPattern().IsMatch(plan.SchoolYear ?? ""))
            errors.Add(new("$.schoolYear", $"Năm học \"{plan.SchoolYear}\" phải có dạng 2024-2025."));
        else if (int.Parse(plan.SchoolYear![5..]) != int.Parse(plan.SchoolYear[..4]) + 1)
            errors.Add(new("$.schoolYear", $"Năm học \"{plan.SchoolYear}\" phải gồm hai năm liên tiếp."));
        Text("$.title", plan.Title, "Tiêu đề");
        Text("$.documentNumber", plan.DocumentNumber, "Số văn bản");
        for (var i = 0; i < plan.Purposes.Count; i++) Text($"$.purposes[{i}]", plan.Purposes[i], $"Mục đích {i + 1}");
        for (var i = 0; i < plan.LegalBases.Count; i++) Text($"$.legalBases[{i}].text", plan.LegalBases[i].Text, $"Căn cứ {i + 1}");
        for (var i = 0; i < plan.Recipients.Count; i++) Text($"$.recipients[{i}]", plan.Recipients[i], $"Nơi nhận {i + 1}");
        for (var i = 0; i < plan.Organization.Count; i++)
            for (var j = 0; j < plan.Organization[i].Duties.Count; j++)
                Text($"$.organization[{i}].duties[{j}]", plan.Organization[i].Duties[j], $"Nhiệm vụ {j + 1} của \"{plan.Organization[i].Role}\"");

        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var p = $"$.items[{i}]";
            var row = $"Dòng {i + 1} của bảng kế hoạch";
            if (!CriterionPattern().IsMatch(item.Criterion ?? ""))
                errors.Add(new($"{p}.criterion", $"{row}: mã tiêu chí \"{item.Criterion}\" không hợp lệ (dạng 1.1, 2.10…)."));
            if (item.Start is not null && !MonthPattern().IsMatch(item.Start))
                errors.Add(new($"{p}.start", $"{row}: tháng bắt đầu \"{item.Start}\" phải có dạng YYYY-MM."));
            if (item.End is not null && !MonthPattern().IsMatch(item.End))
                errors.Add(new($"{p}.end", $"{row}: tháng kết thúc \"{item.End}\" phải có dạng YYYY-MM."));
            if (item.Recurrence is not null && !Recurrences.All.Contains(item.Recurrence))
                errors.Add(new($"{p}.recurrence", $"{row}: kiểu lặp \"{item.Recurrence}\" không hợp lệ."));
            if (item.BudgetVnd is < 0)
                errors.Add(new($"{p}.budgetVnd", $"{row}: kinh phí không được âm."));
            if (item.TargetLevel is < 1 or > 4)
                errors.Add(new($"{p}.targetLevel", $"{row}: mức cần đạt phải từ 1 đến 4."));
            foreach (var (field, value) in TextFields(item))
                Text($"{p}.{field}", value, $"{row}, cột {PlanFieldNames.Label(field)}");
        }
        return errors;
    }

    private static string Number(int n) => n.ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    public static IEnumerable<(string Field, string? Value)> TextFields(PlanItem item)
    {
        yield return ("criterionTitleAsWritten", item.CriterionTitleAsWritten);
        yield return ("weakness", item.Weakness);
        yield return ("targetResult", item.TargetResult);
        yield return ("resultIndicator", item.ResultIndicator);
        yield return ("tasks", item.Tasks);
        yield return ("measures", item.Measures);
        yield return ("lead", item.Lead);
        yield return ("coordinators", item.Coordinators);
        yield return ("timeText", item.TimeText);
        yield return ("budgetText", item.BudgetText);
        yield return ("fundingSource", item.FundingSource);
        yield return ("support", item.Support);
        yield return ("evidence", item.Evidence);
        yield return ("notes", item.Notes);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{4}$")]
    private static partial Regex SchoolYearPattern();

    [GeneratedRegex(@"^[1-5]\.[0-9]{1,2}$")]
    private static partial Regex CriterionPattern();

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}

public sealed record PlanReadError(string Path, string Message);

public sealed record PlanReadResult(PlanDocument? Plan, IReadOnlyList<PlanReadError> Errors)
{
    public bool Ok => Plan is not null && Errors.Count == 0;
}
