using System.Text.Json.Serialization;

namespace CaiTien.Documents.Interchange;

/// <summary>One improvement plan in the <c>caitien.plan/1</c> interchange form (spec/plan.schema.json).
/// Text keeps the school's wording; parsed values sit beside the text they came from.</summary>
public sealed record PlanDocument
{
    public const string SchemaId = "caitien.plan/1";

    public string Schema { get; init; } = SchemaId;
    public SchoolInfo School { get; init; } = new();
    public string SchoolYear { get; init; } = "";
    public string? Framework { get; init; }
    public string? DocumentNumber { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Title { get; init; }
    public List<string> Purposes { get; init; } = [];
    public List<LegalBasis> LegalBases { get; init; } = [];
    public SelfAssessmentSummary? SelfAssessment { get; init; }
    public List<PlanItem> Items { get; init; } = [];
    public List<OrganizationRole> Organization { get; init; } = [];
    public List<string> Recipients { get; init; } = [];
    public Signer? Signer { get; init; }

    /// <summary>Optional (checker support): section headings as written, e.g. "III. NỘI DUNG…".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? SectionHeadings { get; init; }

    /// <summary>Optional: every prose part of the letter under its heading as written ("II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC…"),
    /// with its paragraphs as written (list markers and numbers kept), so rules can read parts the fields above do
    /// not hold (results of last year, targets, monitoring).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PlanSection>? Sections { get; init; }

    /// <summary>Optional: the table columns when the school's own column set differs from the 2018 set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ColumnHeadings { get; init; }

    /// <summary>Optional (checker support): criterion codes named in the plan's own targets section (chỉ tiêu phấn
    /// đấu), in the order written, so they can be compared with the weak criteria and the table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? TargetCriteria { get; init; }
}

/// <summary>A prose part of the letter: its heading as written, its kind (purposes, legalBases, results, targets,
/// content, organization, monitoring, other) and its paragraphs as written.</summary>
public sealed record PlanSection
{
    public string Heading { get; init; } = "";
    public string Kind { get; init; } = "other";
    public List<string> Paragraphs { get; init; } = [];
}

public sealed record SchoolInfo
{
    public string Name { get; init; } = "";
    public string Level { get; init; } = SchoolLevels.Primary;
    public string? GoverningBody { get; init; }
    public string? Place { get; init; }
    public string? Province { get; init; }
}

public static class SchoolLevels
{
    public const string Preschool = "preschool";
    public const string Primary = "primary";
    public const string LowerSecondary = "lowerSecondary";
    public const string UpperSecondary = "upperSecondary";
    public const string MultiLevel = "multiLevel";
    public static readonly IReadOnlyList<string> All = [Preschool, Primary, LowerSecondary, UpperSecondary, MultiLevel];

    public static string DisplayName(string level) => level switch
    {
        Preschool => "Mầm non",
        Primary => "Tiểu học",
        LowerSecondary => "Trung học cơ sở",
        UpperSecondary => "Trung học phổ thông",
        MultiLevel => "Nhiều cấp học",
        _ => level,
    };
}

public sealed record LegalBasis
{
    public string Text { get; init; } = "";
    public string? Reference { get; init; }
}

public sealed record SelfAssessmentSummary
{
    public string? Year { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, LevelCount>? CriteriaAtLevel { get; init; }

    public int? SchoolLevel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? WeakCriteria { get; init; }

    /// <summary>Optional: the summary sentences as written, so counts can be checked against the text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? TextAsWritten { get; init; }
}

public sealed record LevelCount
{
    public int Met { get; init; }
    public int? NotMet { get; init; }
    public int Total { get; init; }

    /// <summary>Optional: percentages as the plan states them ("74,07%"), for the checker.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MetPercentText { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NotMetPercentText { get; init; }
}

public sealed record PlanItem
{
    public int? TargetLevel { get; init; }
    public string Criterion { get; init; } = "";
    public string? CriterionTitleAsWritten { get; init; }
    public string? Weakness { get; init; }
    public string? TargetResult { get; init; }
    public string? Tasks { get; init; }
    public string? Measures { get; init; }
    public string? Lead { get; init; }
    public string? Coordinators { get; init; }
    public string? TimeText { get; init; }
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? Recurrence { get; init; }
    public string? BudgetText { get; init; }
    public long? BudgetVnd { get; init; }
    public string? FundingSource { get; init; }
    public string? Support { get; init; }
    public string? Evidence { get; init; }
    public string? Notes { get; init; }

    /// <summary>Optional: the fixed categories (<c>FundingSources</c>: Ngân sách nhà nước, Học phí/thu hợp pháp, Xã hội hóa,
    /// Nguồn khác) of the payers the source or budget names, in the order named; empty when it names none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? FundingCategories { get; init; }

    /// <summary>Optional (TT57 "Biểu 2"): the result indicator that shows the objective is reached.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResultIndicator { get; init; }

    /// <summary>Optional: the standard heading the row stands under, as written ("Tiêu chuẩn 2: …").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StandardHeadingAsWritten { get; init; }

    /// <summary>Optional (checker support): the number in the table's TT (số thứ tự) column for this row, or for the
    /// standard group the row stands under, as written ("1", "4").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RowNumberAsWritten { get; init; }
}

public static class Recurrences
{
    public const string Once = "once";
    public const string Continuous = "continuous";
    public const string Yearly = "yearly";
    public const string AfterEachActivity = "afterEachActivity";
    public static readonly IReadOnlyList<string> All = [Once, Continuous, Yearly, AfterEachActivity];

    public static string DisplayName(string? recurrence) => recurrence switch
    {
        Once => "Một lần / theo khoảng thời gian",
        Continuous => "Thường xuyên",
        Yearly => "Hằng năm",
        AfterEachActivity => "Sau mỗi hoạt động",
        _ => "",
    };
}

public sealed record OrganizationRole
{
    public string Role { get; init; } = "";
    public List<string> Duties { get; init; } = [];
}

public sealed record Signer
{
    public string Title { get; init; } = "";
    public string? Name { get; init; }
}
