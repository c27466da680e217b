namespace CaiTien.Documents.Reports;

/// <summary>Everything a báo cáo tự đánh giá shows, as plain data; <see cref="ReportLayout"/> (from the framework
/// file) decides which parts appear, in which order and under which titles.</summary>
public sealed record SelfAssessmentReport(
    ReportLayout Layout,
    ReportCover Cover,
    IReadOnlyList<ReportFact> Facts,
    string? Introduction,
    string? Conclusion,
    ReportSummary Summary,
    IReadOnlyList<ReportStandard> Standards,
    IReadOnlyList<EvidenceListLine> Evidence);

public sealed record ReportCover(string? GoverningBody, string SchoolName, string SchoolYear, string Circular, string? Place, DateOnly? Date);

public sealed record ReportFact(string Label, string? Value);

/// <summary>Counts per level ("20/27", "74,07%") and the school's level, as computed by the level engine.</summary>
public sealed record ReportSummary(string SchoolLevelText, IReadOnlyList<ReportTally> Tallies);

public sealed record ReportTally(int Level, string MetText, string MetPercent, string NotMetText, string NotMetPercent);

public sealed record ReportStandard(int Number, string Title, string LevelText, string? Opening, string? Closing, IReadOnlyList<ReportCriterion> Criteria);

/// <param name="LevelText">"Đạt Mức 2", "Không đạt" or "Chưa đánh giá" (never "Không đạt" for a criterion nobody rated).</param>
/// <param name="PlanLines">The criterion's "Kế hoạch cải tiến chất lượng", one line per plan row of the year.</param>
public sealed record ReportCriterion(
    string Code,
    string Title,
    IReadOnlyList<ReportRequirement> Requirements,
    string? Description,
    string? Strengths,
    string? Weaknesses,
    IReadOnlyList<string> PlanLines,
    IReadOnlyList<string> EvidenceCodes,
    string LevelText,
    bool Rated);

/// <param name="Met">null = not rated yet.</param>
public sealed record ReportRequirement(int Level, string Key, string Text, bool? Met);

/// <summary>One line of the Danh mục minh chứng (TT, Mã, Tên, Số/ngày ban hành, Nơi ban hành, Ghi chú).</summary>
public sealed record EvidenceListLine(string Code, string Title, string? NumberAndDate, string? IssuingBody, string? Note, string? Criterion);

/// <summary>The framework's report structure (the <c>report</c> block of its data file).</summary>
public sealed record ReportLayout(
    string DocumentTitle,
    string EvidenceCitation,
    IReadOnlyList<ReportFactSpec> Facts,
    IReadOnlyList<ReportPart> Parts,
    EvidenceFolderRule? EvidenceFolder,
    int? EvidenceMaxAgeYears)
{
    public string Cite(string code) => EvidenceCitation.Replace("{code}", code, StringComparison.Ordinal);
}

public sealed record ReportFactSpec(string Key, string Label);

/// <summary>One part of the report. Kinds: cover, contents, summary, facts, heading, text (Key = introduction or
/// conclusion), standards (Items = per-standard parts: opening, criteria, strengths, weaknesses, plan, closing;
/// "criteria" has Items = per-criterion parts: requirements, description, strengths, weaknesses, plan, rating),
/// criterionSheets, evidenceList.</summary>
public sealed record ReportPart(string Kind, string? Title = null, string? Key = null, IReadOnlyList<ReportPart>? Items = null)
{
    public bool NewPage { get; init; }
    public string StandardTitle { get; init; } = "Tiêu chuẩn {number}: {title}";
    public string CriterionTitle { get; init; } = "Tiêu chí {code}: {title}";
}

/// <summary>The package folder of an evidence code: the regex's group "n" put into the name ("Hop-{n}").</summary>
public sealed record EvidenceFolderRule(string Pattern, string Name);
