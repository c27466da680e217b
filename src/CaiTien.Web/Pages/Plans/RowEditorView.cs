using CaiTien.Catalogs;
using CaiTien.Plans;

namespace CaiTien.Web.Pages.Plans;

/// <summary>One editable row: the values to show (typed text when a save was refused), its problems, and when
/// someone else saved first, their version of the row.</summary>
public sealed record RowEditorView(
    int PlanId,
    PlanRow Row,
    RowInput Values,
    int Index,
    int Count,
    Framework Framework,
    IReadOnlyList<RowIssue> Issues,
    PlanRow? TheirRow = null,
    bool Saved = false,
    int? StaleVersion = null)
{
    public string Id(string field) => $"r{Row.Id}-{field}";

    public IEnumerable<RowIssue> IssuesFor(string field) => Issues.Where(i => i.Field == field);

    public bool HasError(string field) => Issues.Any(i => i.Field == field && i.IsError);

    /// <summary>The other person's text of a field, when a conflict shows it differs from what was typed.</summary>
    public string? Theirs(string field)
    {
        if (TheirRow is null) return null;
        var theirs = RowInput.From(TheirRow).Texts().FirstOrDefault(t => t.Field == field).Value ?? "";
        var mine = Values.Texts().FirstOrDefault(t => t.Field == field).Value ?? "";
        return theirs.Trim() == mine.Trim() ? null : theirs;
    }

    public Criterion? Criterion => Framework.FindCriterion(Values.Criterion);
}
