using CaiTien.Documents.Interchange;
using CaiTien.Schools;

namespace CaiTien.Plans;

public enum PlanStatus
{
    Draft = 0,
    Issued = 1,
}

/// <summary>A school's improvement plan for one school year: the official letter and its table.
/// Header texts are kept as the school wrote them in the letter (they may differ from the school record).</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public required string SchoolYear { get; set; }
    public required string FrameworkId { get; set; }
    public PlanStatus Status { get; set; }
    public int Revision { get; set; } = 1;
    /// <summary>The issued plan this draft revises, when it is a revision.</summary>
    public int? PreviousRevisionId { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public string? IssuedBy { get; set; }

    public required string SchoolName { get; set; }
    public required string SchoolLevel { get; set; }
    public string? GoverningBody { get; set; }
    public string? Place { get; set; }
    public string? Province { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? Title { get; set; }

    public List<string> Purposes { get; set; } = [];
    public List<LegalBasis> LegalBases { get; set; } = [];
    public SelfAssessmentSummary? SelfAssessment { get; set; }
    public List<OrganizationRole> Organization { get; set; } = [];
    public List<string> Recipients { get; set; } = [];
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public bool HasSigner { get; set; }
    public List<string>? SectionHeadings { get; set; }
    public List<string>? ColumnHeadings { get; set; }
    public List<string>? TargetCriteria { get; set; }

    public List<PlanRow> Items { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency token for the header; bumped on every header save.</summary>
    public int Version { get; set; }

    public bool IsEditable => Status == PlanStatus.Draft;

    public IEnumerable<PlanRow> OrderedRows() => Items.OrderBy(i => i.Position);

    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new PlanRuleException("Kế hoạch đã ban hành không thể sửa trực tiếp; hãy tạo bản điều chỉnh.");
    }

    public void Issue(DateTimeOffset now, string by)
    {
        EnsureEditable();
        if (Items.Count == 0) throw new PlanRuleException("Kế hoạch chưa có dòng nào trong bảng; chưa thể ban hành.");
        Status = PlanStatus.Issued;
        IssuedAt = now;
        IssuedBy = by;
        Touch(now);
    }

    public PlanRow AddRow(PlanRow row)
    {
        EnsureEditable();
        row.Position = Items.Count == 0 ? 0 : Items.Max(i => i.Position) + 1;
        Items.Add(row);
        return row;
    }

    /// <summary>Puts a deleted row back where it stood, with the identity and content it had, moving the rows now
    /// at or after its place one down. A row already back (the same identity) is refused.</summary>
    public PlanRow RestoreRow(PlanRow row)
    {
        EnsureEditable();
        if (Items.Any(r => r.RowKey == row.RowKey)) throw new PlanRuleException("Dòng này đã có lại trong bảng.");
        foreach (var r in Items.Where(r => r.Position >= row.Position)) r.Position++;
        row.Id = 0;
        row.PlanId = Id;
        Items.Add(row);
        return row;
    }

    /// <summary>Moves a row one place up (-1) or down (+1) in the table.</summary>
    public void MoveRow(int rowId, int direction)
    {
        EnsureEditable();
        var ordered = OrderedRows().ToList();
        var index = ordered.FindIndex(r => r.Id == rowId);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count) return;
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>A rule of the plan was broken; the message is for the user, in Vietnamese.</summary>
public sealed class PlanRuleException(string message) : Exception(message);
