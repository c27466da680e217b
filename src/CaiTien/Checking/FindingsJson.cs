using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaiTien.Checking;

/// <summary>Findings as JSON: an array with one object per finding,
/// {"rule", "severity", "location": {"section", "item", "criterion", "field"}, "message", "suggestion"}.</summary>
public static class FindingsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(IEnumerable<Finding> findings) => JsonSerializer.Serialize(findings.ToList(), Options);

    public static IReadOnlyList<Finding> Deserialize(string json) => JsonSerializer.Deserialize<List<Finding>>(json, Options) ?? [];
}
