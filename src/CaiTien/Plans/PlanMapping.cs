using CaiTien.Documents.Interchange;

namespace CaiTien.Plans;

/// <summary>Between the stored plan and its caitien.plan/1 form, field for field.</summary>
public static class PlanMapping
{
    public static PlanDocument ToDocument(Plan plan, string frameworkCircular) => new()
    {
        School = new SchoolInfo
        {
            Name = plan.SchoolName,
            Level = plan.SchoolLevel,
            GoverningBody = plan.GoverningBody,
            Place = plan.Place,
            Province = plan.Province,
        },
        SchoolYear = plan.SchoolYear,
        Framework = frameworkCircular,
        DocumentNumber = plan.DocumentNumber,
        IssuedOn = plan.IssuedOn,
        Title = plan.Title,
        Purposes = [.. plan.Purposes],
        LegalBases = [.. plan.LegalBases],
        SelfAssessment = plan.SelfAssessment,
        Items = plan.OrderedRows().Select(ToItem).ToList(),
        Organization = [.. plan.Organization],
        Recipients = [.. plan.Recipients],
        Signer = plan.HasSigner ? new Signer { Title = plan.SignerTitle ?? "", Name = plan.SignerName } : null,
        SectionHeadings = plan.SectionHeadings,
        ColumnHeadings = plan.ColumnHeadings,
        TargetCriteria = plan.TargetCriteria,
    };

    public static PlanItem ToItem(PlanRow row) => new()
    {
        TargetLevel = row.TargetLevel,
        Criterion = row.Criterion,
        CriterionTitleAsWritten = row.CriterionTitleAsWritten,
        Weakness = row.Weakness,
        TargetResult = row.TargetResult,
        ResultIndicator = row.ResultIndicator,
        Tasks = row.Tasks,
        Measures = row.Measures,
        Lead = row.Lead,
        Coordinators = row.Coordinators,
        TimeText = row.TimeText,
        Start = row.Start,
        End = row.End,
        Recurrence = row.Recurrence,
        BudgetText = row.BudgetText,
        BudgetVnd = row.BudgetVnd,
        FundingSource = row.FundingSource,
        Support = row.Support,
        Evidence = row.Evidence,
        Notes = row.Notes,
        StandardHeadingAsWritten = row.StandardHeadingAsWritten,
        RowNumberAsWritten = row.RowNumberAsWritten,
    };

    /// <summary>Overwrites the plan's letter and table with the document's content.</summary>
    public static void Apply(PlanDocument doc, Plan plan)
    {
        plan.SchoolName = doc.School.Name;
        plan.SchoolLevel = doc.School.Level;
        plan.GoverningBody = doc.School.GoverningBody;
        plan.Place = doc.School.Place;
        plan.Province = doc.School.Province;
        plan.SchoolYear = doc.SchoolYear;
        plan.DocumentNumber = doc.DocumentNumber;
        plan.IssuedOn = doc.IssuedOn;
        plan.Title = doc.Title;
        plan.Purposes = [.. doc.Purposes];
        plan.LegalBases = [.. doc.LegalBases];
        plan.SelfAssessment = doc.SelfAssessment;
        plan.Organization = [.. doc.Organization];
        plan.Recipients = [.. doc.Recipients];
        plan.HasSigner = doc.Signer is not null;
        plan.SignerTitle = doc.Signer?.Title;
        plan.SignerName = doc.Signer?.Name;
        plan.SectionHeadings = doc.SectionHeadings;
        plan.ColumnHeadings = doc.ColumnHeadings;
        plan.TargetCriteria = doc.TargetCriteria;
        plan.Items.Clear();
        plan.Items.AddRange(doc.Items.Select((item, i) => ToRow(item, i)));
    }

    public static PlanRow ToRow(PlanItem item, int position) => new()
    {
        Position = position,
        TargetLevel = item.TargetLevel,
        Criterion = item.Criterion,
        CriterionTitleAsWritten = item.CriterionTitleAsWritten,
        StandardHeadingAsWritten = item.StandardHeadingAsWritten,
        RowNumberAsWritten = item.RowNumberAsWritten,
        Weakness = item.Weakness,
        TargetResult = item.TargetResult,
        ResultIndicator = item.ResultIndicator,
        Tasks = item.Tasks,
        Measures = item.Measures,
        Lead = item.Lead,
        Coordinators = item.Coordinators,
        TimeText = item.TimeText,
        Start = item.Start,
        End = item.End,
        Recurrence = item.Recurrence,
        BudgetText = item.BudgetText,
        BudgetVnd = item.BudgetVnd,
        FundingSource = item.FundingSource,
        Support = item.Support,
        Evidence = item.Evidence,
        Notes = item.Notes,
    };
}
