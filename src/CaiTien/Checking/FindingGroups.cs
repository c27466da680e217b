namespace CaiTien.Checking;

/// <summary>Infos are worth a look, not a list to work through: the same info on several rows is one finding that
/// names the rows, so ten "no funding source" notes do not bury one error.</summary>
public static class FindingGroups
{
    public static List<Finding> GroupRowInfos(IReadOnlyList<Finding> findings)
    {
        var groups = findings
            .Where(IsRowInfo)
            .GroupBy(f => f.Rule)
            .Where(g => g.Select(f => f.Location.Item).Distinct().Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (!IsRowInfo(finding) || !groups.TryGetValue(finding.Rule, out var group)) result.Add(finding);
            else if (ReferenceEquals(group[0], finding)) result.Add(Merge(group));
        }
        return result;
    }

    private static bool IsRowInfo(Finding f) =>
        f.Severity == Severities.Info && f.Location.Section == Sections.Items && f.Location.Item is not null;

    private static Finding Merge(List<Finding> group)
    {
        var rows = group.Select(f => f.Location.Item!.Value).Distinct().Order().ToList();
        var first = group[0];
        var fields = group.Select(f => f.Location.Field).Distinct().ToList();
        var criteria = group.Select(f => f.Location.Criterion).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        var listed = criteria.Count == 0 ? "" : $" (tiêu chí {string.Join(", ", criteria)})";
        var location = new FindingLocation(Sections.Items, rows[0], null, fields.Count == 1 ? fields[0] : null) { Rows = rows };
        return new Finding(first.Rule, first.Severity, location,
            $"{rows.Count} dòng{listed}. Ví dụ — {first.Message}", first.Suggestion);
    }
}
