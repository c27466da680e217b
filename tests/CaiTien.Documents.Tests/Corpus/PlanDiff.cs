using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>C# port of shared/tools/plan-diff.py: every leaf of the expected plan is one field; it is right when
/// the actual plan has an equal value at the same path (strings NFC, whitespace collapsed, trimmed; an empty list
/// is a leaf). Items are matched by position; fields the actual plan adds are ignored.</summary>
public static class PlanDiff
{
    public sealed record Score(int Right, int Total, IReadOnlyList<string> Wrong)
    {
        public double Percent => Total == 0 ? 100 : 100.0 * Right / Total;
    }

    public static Score Compare(JsonNode? expected, JsonNode? actual)
    {
        var wrong = new List<string>();
        var total = 0;
        foreach (var (path, want) in Leaves(expected, ""))
        {
            total++;
            var (found, got) = Lookup(actual, path);
            if (found && Same(want, got)) continue;
            wrong.Add($"{path}: expected {Show(want)} got {(found ? Show(got) : "(missing)")}");
        }
        return new Score(total - wrong.Count, total, wrong);
    }

    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                    foreach (var leaf in Leaves(value, path.Length == 0 ? key : $"{path}.{key}")) yield return leaf;
                break;
            case JsonArray a:
                if (a.Count == 0) yield return (path, a);
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Leaves(a[i], $"{path}[{i}]")) yield return leaf;
                break;
            default:
                yield return (path, node);
                break;
        }
    }

    private static (bool Found, JsonNode? Value) Lookup(JsonNode? node, string path)
    {
        foreach (Match part in Regex.Matches(path, @"[^.\[\]]+|\[\d+\]"))
        {
            if (part.Value.StartsWith('['))
            {
                var i = int.Parse(part.Value[1..^1]);
                if (node is not JsonArray a || i >= a.Count) return (false, null);
                node = a[i];
            }
            else
            {
                if (node is not JsonObject o || !o.TryGetPropertyValue(part.Value, out var child)) return (false, null);
                node = child;
            }
        }
        return (true, node);
    }

    private static bool Same(JsonNode? want, JsonNode? got)
    {
        if (want is null || got is null) return want is null && got is null;
        if (want is JsonArray wa) return got is JsonArray ga && wa.Count == ga.Count && JsonNode.DeepEquals(wa, ga);
        if (want is JsonValue wv && got is JsonValue gv)
        {
            if (wv.TryGetValue<string>(out var ws)) return gv.TryGetValue<string>(out var gs) && Norm(ws) == Norm(gs);
            if (wv.TryGetValue<bool>(out var wb)) return gv.TryGetValue<bool>(out var gb) && wb == gb;
            if (wv.TryGetValue<decimal>(out var wd)) return gv.TryGetValue<decimal>(out var gd) && wd == gd;
        }
        return JsonNode.DeepEquals(want, got);
    }

    private static string Norm(string s) => Regex.Replace(s.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim();

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 160 ? text[..157] + "…" : text;
    }
}
