using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Compares every leaf of an expected JSON with the value at the same path in the actual JSON, the way
/// shared/tools/plan-diff.py scores (strings NFC with whitespace collapsed; extra actual fields ignored).</summary>
internal static class JsonLeafDiff
{
    public static List<string> WrongPaths(JsonNode? expected, JsonNode? actual)
    {
        var wrong = new List<string>();
        Walk(expected, actual, "", wrong);
        return wrong;
    }

    public static string Describe(List<string> wrong, int total) =>
        $"{wrong.Count} of {total} fields differ:\n" + string.Join("\n", wrong.Take(40));

    public static int LeafCount(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => LeafCount(p.Value)),
        JsonArray a => a.Count == 0 ? 1 : a.Sum(LeafCount),
        _ => 1,
    };

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<string> wrong)
    {
        switch (expected)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var child = actual is JsonObject ao && ao.TryGetPropertyValue(key, out var v) ? v : Missing;
                    Walk(value, ReferenceEquals(child, Missing) ? Missing : child, path.Length == 0 ? key : $"{path}.{key}", wrong);
                }
                break;
            case JsonArray a when a.Count > 0:
                for (var i = 0; i < a.Count; i++)
                    Walk(a[i], actual is JsonArray aa && i < aa.Count ? aa[i] : Missing, $"{path}[{i}]", wrong);
                break;
            default:
                if (ReferenceEquals(actual, Missing) || Normalize(expected) != Normalize(actual))
                    wrong.Add($"{path}: expected {Show(expected)} got {(ReferenceEquals(actual, Missing) ? "(missing)" : Show(actual))}");
                break;
        }
    }

    private static readonly JsonNode Missing = JsonValue.Create("\u0000missing\u0000")!;

    private static string Normalize(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray { Count: 0 } => "[]",
        JsonValue v when v.TryGetValue<string>(out var s) => "s:" + Regex.Replace(s.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim(),
        _ => node.ToJsonString(),
    };

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "…" : text;
    }
}
