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
    bool Saved = false)
{
    public string Id(string field) => $"r{Row.Id}-{field}";

    public IEnumerable<RowIssue> IssuesFor(string field) => Issues.Where(i => i.Field == field);

    public bool HasError(string field) => Issues.Any(i => i.Field == field && i.IsError);

    public Criterion? Criterion => Framework.FindCriterion(Values.Criterion);
}
