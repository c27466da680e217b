using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Builds plan items from drafts: time and money read with the shared phrase parsers, the funding source
/// kept as the plan's own source column writes it (null when the plan has none).</summary>
internal static class ItemFactory
{
    public static PlanItem Build(ItemDraft draft, string? schoolYear, IReadOnlyList<ColumnMapping> columns,
        IReadOnlyDictionary<string, string> titlesFromText, string fileName, List<ImportMessage> warnings)
    {
        var hasSourceColumn = columns.Any(c => c.Field == "fundingSource");
        int? ColumnOf(params string[] fields) => columns.FirstOrDefault(c => fields.Contains(c.Field))?.ColumnIndex + 1;
        var timeText = draft.Text("timeText") ?? JoinSplitTime(draft.Text("timeStart"), draft.Text("timeEnd"));
        var time = TimePhrase.Parse(timeText, schoolYear);
        var budgetText = draft.Text("budgetText");
        var money = MoneyPhrase.Parse(budgetText);
        var timeAt = new SourceLocation(fileName, draft.Table, draft.Rows[0], ColumnOf("timeText", "timeStart", "timeEnd"));
        var moneyAt = new SourceLocation(fileName, draft.Table, draft.Rows[0], ColumnOf("budgetText"));
        var label = $"Tiêu chí {draft.Criterion}";
        // A source column says who pays; without one, a budget cell naming a payer ("5.000.000 đ (XHH)") does.
        var source = hasSourceColumn || draft.Marked ? draft.Text("fundingSource") : FundingBodies.Source(budgetText);
        if (time.Error is not null) warnings.Add(new ImportMessage($"{label}: {time.Error}", timeAt));
        if (time.EndsBeforeStart)
            warnings.Add(new ImportMessage($"{label}: tháng kết thúc ({time.End}) trước tháng bắt đầu ({time.Start}) trong \"{timeText}\".", timeAt));
        if (money.Error is not null) warnings.Add(new ImportMessage($"{label}: {money.Error}", moneyAt));

        return new PlanItem
        {
            TargetLevel = draft.TargetLevel,
            Criterion = draft.Criterion,
            CriterionTitleAsWritten = draft.Title ?? titlesFromText.GetValueOrDefault(draft.Criterion),
            Weakness = draft.Text("weakness"),
            TargetResult = draft.Text("targetResult"),
            ResultIndicator = draft.Text("resultIndicator"),
            Tasks = draft.Text("tasks"),
            Measures = draft.Text("measures"),
            Lead = draft.Text("lead"),
            Coordinators = draft.Text("coordinators"),
            TimeText = timeText,
            Start = time.Start,
            End = time.End,
            Recurrence = time.Recurrence,
            BudgetText = budgetText,
            BudgetVnd = money.Vnd,
            FundingSource = source,
            FundingCategories = source is null && budgetText is null ? null : FundingBodies.Categories(source ?? budgetText),
            Support = draft.Text("support"),
            Evidence = draft.Text("evidence"),
            Notes = draft.Text("notes"),
            StandardHeadingAsWritten = draft.StandardHeading,
            RowNumberAsWritten = draft.RowNumberAsWritten,
        };
    }

    /// <summary>Separate "Bắt đầu" and "Kết thúc" columns are written as one phrase "start – end".</summary>
    private static string? JoinSplitTime(string? start, string? end) =>
        (start, end) switch
        {
            (null, null) => null,
            (not null, null) => start,
            (null, not null) => end,
            _ => $"{start} – {end}",
        };
}
