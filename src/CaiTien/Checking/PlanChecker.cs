using CaiTien.Catalogs;
using CaiTien.Checking.Rules.Document;
using CaiTien.Checking.Rules.Frameworks;
using CaiTien.Checking.Rules.Items;
using CaiTien.Checking.Rules.LegalBases;
using CaiTien.Checking.Rules.SelfAssessment;
using CaiTien.Checking.Rules.Time;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking;

/// <summary>Runs every rule on a plan and returns the findings, errors first, then in document order.</summary>
public static class PlanChecker
{
    public static IReadOnlyList<ICheckRule> Rules { get; } =
    [
        new MonthOutsideSchoolYearRule(),
        new EndBeforeStartRule(),
        new MultiYearSpanRule(),
        new MissingTimeRule(),
        new CalendarYearTimeRule(),
        new SchoolYearTypoRule(),
        new WrongSchoolYearMentionedRule(),
        new TaskTimingRule(),
        new ResultsOfPlanYearRule(),
        new UnknownCriterionRule(),
        new CriterionTitleRule(),
        new StandardHeadingRule(),
        new RepeatedCriterionContentRule(),
        new CircularForOtherLevelRule(),
        new OtherLevelWordingRule(),
        new LevelCountsRule(),
        new WeakCriteriaCoverageRule(),
        new WeakPointsInTextRule(),
        new TargetAlreadyMetRule(),
        new AssessmentAgreementRule(),
        new DuplicateLegalBasisRule(),
        new LegalBasisFactsRule(),
        new SupersededLegalBasisRule(),
        new BasisOfOtherYearRule(),
        new EmptyRowRule(),
        new MissingLeadRule(),
        new TargetRule(),
        new MissingTasksRule(),
        new EvidenceRule(),
        new BudgetRule(),
        new WeaknessRule(),
        new StrayRepeatedTextRule(),
        new SectionNumberingRule(),
        new ItemNumberingRule(),
        new TableNumberingRule(),
        new DocumentNumberRule(),
        new DateLineRule(),
        new ColumnHeadingsRule(),
        new RecipientsRule(),
        new OutdatedUnitRule(),
        new RequiredPartsRule(),
        new DutiesBodyRule(),
        new DeadlineBeforePlanDateRule(),
        new WebAddressRule(),
    ];

    public static IReadOnlyList<Finding> Check(PlanDocument plan) =>
        Check(plan, FrameworkRegistry.Default, LegalDocumentCatalog.Default);

    public static IReadOnlyList<Finding> Check(PlanDocument plan, AssessmentFacts? assessment) =>
        Check(plan, FrameworkRegistry.Default, LegalDocumentCatalog.Default, assessment: assessment);

    public static IReadOnlyList<Finding> Check(PlanDocument plan, FrameworkRegistry registry, LegalDocumentCatalog legalDocuments, SupervisingUnitName? supervisingUnit = null, AssessmentFacts? assessment = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new CheckContext(plan, registry, legalDocuments, supervisingUnit, assessment);
        var findings = new List<Finding>();
        foreach (var rule in Rules) findings.AddRange(rule.Run(context));
        return FindingGroups.GroupRowInfos(findings)
            .Select((f, order) => (f, order))
            .OrderBy(x => Severities.Rank(x.f.Severity))
            .ThenBy(x => SectionOrder(x.f.Location.Section))
            .ThenBy(x => x.f.Location.Item ?? -1)
            .ThenBy(x => x.order)
            .Select(x => x.f)
            .ToList();
    }

    private static int SectionOrder(string section) => section switch
    {
        Sections.Header => 0,
        Sections.Purposes => 1,
        Sections.LegalBases => 2,
        Sections.SelfAssessment => 3,
        Sections.Items => 4,
        Sections.Prose => 5,
        Sections.Organization => 6,
        Sections.Recipients => 7,
        _ => 8,
    };
}
