namespace CaiTien.Checking;

/// <summary>One named check. A rule reads the plan through the context and reports findings; it never throws on
/// missing sections (absent data gives no finding or an explicit "missing" finding, never a crash).</summary>
public interface ICheckRule
{
    /// <summary>Kebab-case names of the findings this rule can report (documented in docs/checks.md).</summary>
    IReadOnlyList<string> Names { get; }

    IEnumerable<Finding> Run(CheckContext context);
}
