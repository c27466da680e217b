using CaiTien.Checking;

namespace CaiTien.Web.Pages.Plans;

public sealed record FindingsView(int PlanId, IReadOnlyList<CheckPlan.Line> Lines, bool CanDismiss, string? Message = null)
{
    public int OpenErrors => Lines.Count(l => l.Open && l.Finding.Severity == Severities.Error);
    public int OpenWarnings => Lines.Count(l => l.Open && l.Finding.Severity == Severities.Warning);

    public static string Anchor(Finding f) => f.Location is { Section: Sections.Items, Item: { } i } ? $"#dong-{i + 1}" : "";

    public static string Where(Finding f) => f.Location switch
    {
        { Section: Sections.Items, Rows: { Count: > 1 } rows } => "Dòng " + string.Join(", ", rows.Select(r => r + 1)),
        { Section: Sections.Items, Item: { } i } => $"Dòng {i + 1}" + (f.Location.Criterion is { } c ? $" (tiêu chí {c})" : ""),
        { Section: Sections.Header } => "Đầu văn bản",
        { Section: Sections.Purposes } => "Mục đích",
        { Section: Sections.LegalBases } => "Căn cứ" + (f.Location.Item is { } b ? $" {b + 1}" : ""),
        { Section: Sections.SelfAssessment } => "Kết quả tự đánh giá",
        { Section: Sections.Organization } => "Tổ chức thực hiện",
        { Section: Sections.Prose } => "Phần lời văn" + (f.Location.Item is { } p ? $" {p + 1}" : ""),
        { Section: Sections.Recipients } => "Nơi nhận",
        { Section: Sections.Signer } => "Người ký",
        _ => f.Location.Section,
    };
}
