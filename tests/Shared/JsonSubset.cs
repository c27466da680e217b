using System.Text.Json.Nodes;

namespace CaiTien.Testing;

/// <summary>plan-diff.py's rule: every leaf of the expected plan is at the same path in the actual one;
/// fields the actual plan adds are ignored. Returns the paths that differ.</summary>
public static class JsonSubset
{
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var diffs = new List<string>();
        switch (expected)
        {
            case JsonObject eo:
                foreach (var (key, value) in eo)
                    diffs.AddRange(Differences(value, actual is JsonObject ao && ao.TryGetPropertyValue(key, out var av) ? av : Missing, $"{path}.{key}"));
                break;
            case JsonArray ea when ea.Count > 0:
                for (var i = 0; i < ea.Count; i++)
                    diffs.AddRange(Differences(ea[i], actual is JsonArray aa && i < aa.Count ? aa[i] : Missing, $"{path}[{i}]"));
                break;
            default:
                if (ReferenceEquals(actual, Missing) || !JsonNode.DeepEquals(expected, actual)) diffs.Add($"{path}: expected {expected?.ToJsonString()} got {actual?.ToJsonString()}");
                break;
        }
        return diffs;
    }

    private static readonly JsonNode Missing = JsonValue.Create("(missing)")!;
}
