using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;
using CaiTien.Schools;

namespace CaiTien.Plans;

/// <summary>How typed text becomes a row: phrases are read into months and đồng, the typed text is kept,
/// and what cannot be saved is said in Vietnamese per field.</summary>
public static class PlanRowRules
{
    public static IReadOnlyList<RowIssue> Check(RowInput input, Framework framework, string schoolYear)
    {
        var issues = new List<RowIssue>();
        var code = input.Criterion.Trim();
        if (code.Length == 0)
            issues.Add(new("criterion", "Chưa chọn tiêu chí.", true));
        else if (framework.FindCriterion(code) is null)
            issues.Add(new("criterion", $"Tiêu chí \"{code}\" không có trong Thông tư {framework.Circular}.", true));
        if (input.TargetLevel is { } level && (level < 1 || level > framework.MaxLevel))
            issues.Add(new("targetLevel", $"Mức cần đạt phải từ 1 đến {framework.MaxLevel}.", true));
        foreach (var (field, value) in input.Texts())
            if (value is { Length: > PlanJson.MaxTextLength })
                issues.Add(new(field, $"Cột {PlanFieldNames.Label(field)} dài {value.Length:N0} ký tự, vượt giới hạn {PlanJson.MaxTextLength:N0} ký tự; nội dung vẫn giữ trong ô để bạn rút gọn.", true));

        var time = TimePhrase.Parse(input.TimeText, schoolYear);
        if (time.Error is not null) issues.Add(new("timeText", time.Error, true));
        else if (time.EndsBeforeStart)
            issues.Add(new("timeText", $"Tháng kết thúc ({Month(time.End)}) trước tháng bắt đầu ({Month(time.Start)}).", true));
        else if (SchoolYears.IsValid(schoolYear))
        {
            var (first, last) = (SchoolYears.StartYear(schoolYear) + "-08", SchoolYears.StartYear(schoolYear) + 1 + "-07");
            foreach (var month in new[] { time.Start, time.End }.OfType<string>().Distinct())
                if (string.CompareOrdinal(month, first) < 0 || string.CompareOrdinal(month, last) > 0)
                    issues.Add(new("timeText", $"Tháng {Month(month)} nằm ngoài năm học {schoolYear}.", false));
        }

        var money = MoneyPhrase.Parse(input.BudgetText);
        if (money.Error is not null) issues.Add(new("budgetText", money.Error, true));
        return issues;
    }

    /// <summary>Writes the input into the row; call only when <see cref="Check"/> found no error.</summary>
    public static void Apply(PlanRow row, RowInput input, string schoolYear)
    {
        var time = TimePhrase.Parse(input.TimeText, schoolYear);
        // "1,5 triệu đồng/tháng" over "Từ tháng 9 đến tháng 5" is nine months of it; the typed text is kept as typed.
        var money = MoneyPhrase.Parse(input.BudgetText, MoneyPhrase.MonthsBetween(time.Start, time.End));
        row.Criterion = input.Criterion.Trim();
        row.TargetLevel = input.TargetLevel;
        row.Weakness = Clean(input.Weakness);
        row.TargetResult = Clean(input.TargetResult);
        row.ResultIndicator = Clean(input.ResultIndicator);
        row.Tasks = Clean(input.Tasks);
        row.Measures = Clean(input.Measures);
        row.Lead = Clean(input.Lead);
        row.Coordinators = Clean(input.Coordinators);
        row.TimeText = Clean(input.TimeText);
        row.Start = time.Start;
        row.End = time.End;
        row.Recurrence = row.TimeText is null ? null : time.Recurrence ?? Recurrences.Once;
        row.BudgetText = Clean(input.BudgetText);
        row.BudgetVnd = money.Vnd;
        // A source named in the budget text fills the source only when there is an amount to fund.
        row.FundingSource = Clean(input.FundingSource) ?? (money.Vnd is not null ? money.SourceCategory : null);
        row.Support = Clean(input.Support);
        row.Evidence = Clean(input.Evidence);
        row.Notes = Clean(input.Notes);
        row.Completed = input.Completed;
        row.Version++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Month(string? yyyyMm) => yyyyMm is { Length: 7 } ? $"{int.Parse(yyyyMm[5..])}/{yyyyMm[..4]}" : "";
}
