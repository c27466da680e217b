namespace CaiTien.Checking;

/// <summary>One problem the checker found in a plan, with where it is, what is wrong and how to fix it (Vietnamese).</summary>
public sealed record Finding(string Rule, string Severity, FindingLocation Location, string Message, string? Suggestion);

/// <summary>Where a finding points: a section of <c>caitien.plan/1</c>, the 0-based row (or list entry) index,
/// the criterion code and the field name, each null when it does not apply.</summary>
public sealed record FindingLocation(string Section, int? Item, string? Criterion, string? Field)
{
    /// <summary>The rows a grouped finding covers (0-based, in table order); null for a finding about one place.</summary>
    public IReadOnlyList<int>? Rows { get; init; }

    public bool Covers(int row) => Item == row || (Rows?.Contains(row) ?? false);

    public static FindingLocation Header(string? field) => new(Sections.Header, null, null, field);

    public static FindingLocation ItemField(int index, string criterion, string? field) => new(Sections.Items, index, criterion, field);
}

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    public static int Rank(string severity) => severity switch { Error => 0, Warning => 1, _ => 2 };
}

public static class Sections
{
    public const string Items = "items";
    public const string Header = "header";
    public const string Purposes = "purposes";
    public const string LegalBases = "legalBases";
    public const string SelfAssessment = "selfAssessment";
    public const string Organization = "organization";
    public const string Recipients = "recipients";
    public const string Signer = "signer";

    /// <summary>A prose part of the letter as imported (<c>sections</c>): Item is the part's index, Field
    /// "heading" or "paragraphs.N".</summary>
    public const string Prose = "sections";
}
