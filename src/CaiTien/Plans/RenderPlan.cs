using CaiTien.Catalogs;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;

namespace CaiTien.Plans;

/// <summary>Turns a plan into a DOCX, PDF or XLSX file, with titles and the column set taken from its framework.</summary>
public static class RenderPlan
{
    public sealed record Format(string Key, string Extension, string ContentType, string Label);

    public static readonly IReadOnlyList<Format> Formats =
    [
        new("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
        new("pdf", ".pdf", "application/pdf", "PDF"),
        new("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
        new("json", ".json", "application/json", "JSON"),
    ];

    public static Format? FindFormat(string? key) =>
        Formats.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));

    public static DocumentOptions OptionsFor(PlanDocument plan, FrameworkRegistry? registry = null)
    {
        var framework = (registry ?? FrameworkRegistry.Default).Find(plan.Framework, plan.School.Level);
        if (framework is null) return DocumentOptions.Default;
        return new DocumentOptions
        {
            StandardTitles = framework.Standards.ToDictionary(s => s.Number, s => s.Title),
            CriterionTitles = framework.Criteria.ToDictionary(c => c.Code, c => c.Title),
            FrameworkPlanColumns = framework.PlanColumns.Count > 0 && framework.PlanColumns.All(c => c.Header is null)
                ? framework.PlanColumns.SelectMany(c => c.Fields).ToList()
                : null,
            ColumnSet = framework.PlanColumns.Any(c => c.Header is not null) && plan.ColumnHeadings is null
                ? new ColumnSet($"Bảng kế hoạch theo Thông tư {framework.Circular}",
                    framework.PlanColumns.Select(c => new PlanColumn(c.Fields, c.Header ?? string.Join(", ", c.Fields), c.Width ?? 1)).ToList())
                : null,
        };
    }

    /// <summary>Writes the plan in the format; returns the writer's warnings (blank number, date, signer…).</summary>
    public static IReadOnlyList<string> Write(PlanDocument plan, Format format, Stream output)
    {
        var options = OptionsFor(plan);
        CaiTienMetrics.DocumentRendered(format.Key);
        switch (format.Key)
        {
            case "docx": return PlanDocxWriter.Write(plan, output, options);
            case "pdf": return PlanPdfWriter.Write(plan, output, options);
            case "xlsx": return PlanXlsxWriter.Write(plan, output, options);
            default:
                PlanJson.Write(plan, output);
                return [];
        }
    }

    public static string FileName(PlanDocument plan, Format format)
    {
        var number = (plan.DocumentNumber ?? "ke-hoach").Replace('/', '-');
        return $"{number}-{plan.SchoolYear}{format.Extension}";
    }
}
