namespace CaiTien.Plans;

/// <summary>What a person typed into one row of the plan table. Parsed values are derived on save.</summary>
public sealed record RowInput
{
    /// <summary>Never null: a form posts an emptied field as null, and an empty criterion is refused with a message.</summary>
    public string Criterion { get; init => field = value ?? ""; } = "";
    public int? TargetLevel { get; init; }
    public string? Weakness { get; init; }
    public string? TargetResult { get; init; }
    public string? ResultIndicator { get; init; }
    public string? Tasks { get; init; }
    public string? Measures { get; init; }
    public string? Lead { get; init; }
    public string? Coordinators { get; init; }
    public string? TimeText { get; init; }
    public string? BudgetText { get; init; }
    public string? FundingSource { get; init; }
    public string? Support { get; init; }
    public string? Evidence { get; init; }
    public string? Notes { get; init; }
    public bool Completed { get; init; }

    public static RowInput From(PlanRow row) => new()
    {
        Criterion = row.Criterion,
        TargetLevel = row.TargetLevel,
        Weakness = row.Weakness,
        TargetResult = row.TargetResult,
        ResultIndicator = row.ResultIndicator,
        Tasks = row.Tasks,
        Measures = row.Measures,
        Lead = row.Lead,
        Coordinators = row.Coordinators,
        TimeText = row.TimeText,
        BudgetText = row.BudgetText,
        FundingSource = row.FundingSource,
        Support = row.Support,
        Evidence = row.Evidence,
        Notes = row.Notes,
        Completed = row.Completed,
    };

    public IEnumerable<(string Field, string? Value)> Texts()
    {
        yield return ("weakness", Weakness);
        yield return ("targetResult", TargetResult);
        yield return ("resultIndicator", ResultIndicator);
        yield return ("tasks", Tasks);
        yield return ("measures", Measures);
        yield return ("lead", Lead);
        yield return ("coordinators", Coordinators);
        yield return ("timeText", TimeText);
        yield return ("budgetText", BudgetText);
        yield return ("fundingSource", FundingSource);
        yield return ("support", Support);
        yield return ("evidence", Evidence);
        yield return ("notes", Notes);
    }
}

/// <summary>A problem with one field of a row: errors block the save, warnings are shown beside the saved row.</summary>
public sealed record RowIssue(string Field, string Message, bool IsError);
