using System.Text;
using System.Text.Json;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Export;

/// <summary>Brings every text of a plan to Unicode NFC, so precomposed Vietnamese letters reach the fonts and
/// text extraction finds the same characters the plan holds.</summary>
internal static class TextNormalizer
{
    public static PlanDocument Normalize(PlanDocument plan)
    {
        var json = PlanJson.Serialize(plan);
        return json.IsNormalized(NormalizationForm.FormC)
            ? plan
            : JsonSerializer.Deserialize<PlanDocument>(json.Normalize(NormalizationForm.FormC), PlanJson.Options) ?? plan;
    }
}
