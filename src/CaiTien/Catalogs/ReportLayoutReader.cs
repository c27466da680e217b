using System.Text.Json.Nodes;
using CaiTien.Documents.Reports;

namespace CaiTien.Catalogs;

/// <summary>Reads a framework file's <c>report</c> block (the structure of its báo cáo tự đánh giá).</summary>
public static class ReportLayoutReader
{
    public static ReportLayout? Read(JsonNode? node)
    {
        if (node is null) return null;
        var facts = (node["facts"] as JsonArray)?.Select(f => new ReportFactSpec(f!["key"]!.GetValue<string>(), f["label"]!.GetValue<string>())).ToList() ?? [];
        var folder = node["evidenceFolder"] is { } ef
            ? new EvidenceFolderRule(ef["pattern"]!.GetValue<string>(), ef["name"]!.GetValue<string>())
            : null;
        return new ReportLayout(
            node["documentTitle"]?.GetValue<string>() ?? "BÁO CÁO TỰ ĐÁNH GIÁ",
            node["evidenceCitation"]?.GetValue<string>() ?? "{code}",
            facts,
            Parts(node["parts"]),
            folder,
            node["evidenceMaxAgeYears"]?.GetValue<int>());
    }

    private static List<ReportPart> Parts(JsonNode? parts) =>
        (parts as JsonArray)?.Select(p => new ReportPart(
            p!["kind"]!.GetValue<string>(),
            p["title"]?.GetValue<string>(),
            p["key"]?.GetValue<string>(),
            p["items"] is null ? null : Parts(p["items"]))
        {
            NewPage = p["newPage"]?.GetValue<bool>() ?? false,
            StandardTitle = p["standardTitle"]?.GetValue<string>() ?? "Tiêu chuẩn {number}: {title}",
            CriterionTitle = p["criterionTitle"]?.GetValue<string>() ?? "Tiêu chí {code}: {title}",
        }).ToList() ?? [];
}
