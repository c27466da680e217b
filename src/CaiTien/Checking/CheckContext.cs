using CaiTien.Catalogs;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking;

/// <summary>What every rule reads: the plan, its framework, the other frameworks (to recognise another level's
/// wording), the legal documents catalog and the plan's school year. Built once per check.</summary>
public sealed class CheckContext
{
    private LegalCitationAnalysis?[]? _citations;
    private string?[]? _foldedRows;

    public CheckContext(PlanDocument plan, FrameworkRegistry registry, LegalDocumentCatalog legalDocuments, SupervisingUnitName? supervisingUnit = null, AssessmentFacts? assessment = null)
    {
        SupervisingUnit = supervisingUnit;
        Assessment = assessment;
        Plan = PlanSanitizer.Sanitize(plan);
        Registry = registry;
        LegalDocuments = legalDocuments;
        Framework = registry.Find(Plan.Framework, Plan.School.Level) ?? registry.ForLevel(Plan.School.Level ?? SchoolLevels.Primary, "2018");
        SchoolYear = SchoolYearSpan.Parse(Plan.SchoolYear);
        Items = Plan.Items;
    }

    public PlanDocument Plan { get; }

    /// <summary>The school's self-assessment of the plan's year, when the plan is checked in the app (null in the CLI).</summary>
    public AssessmentFacts? Assessment { get; }
    public FrameworkRegistry Registry { get; }
    public LegalDocumentCatalog LegalDocuments { get; }

    /// <summary>The plan's framework: the one it names, else the 2018 framework for its school level.</summary>
    public Framework? Framework { get; }

    public SchoolYearSpan? SchoolYear { get; }

    /// <summary>The unit supervising the school in the plan's year, when the plan is checked from the database.</summary>
    public SupervisingUnitName? SupervisingUnit { get; }

    public string SchoolLevel => Plan.School?.Level ?? SchoolLevels.Primary;

    public IReadOnlyList<PlanItem> Items { get; }

    /// <summary>Other frameworks of the same regime, e.g. TT19 (preschool) and TT18 (secondary) beside TT17.</summary>
    public IEnumerable<Framework> OtherFrameworks =>
        Registry.All.Where(f => Framework is null || (f.Id != Framework.Id && f.Regime == Framework.Regime));

    /// <summary>What legal basis <paramref name="index"/> cites (computed once per check).</summary>
    public LegalCitationAnalysis Citations(int index)
    {
        var bases = Plan.LegalBases ?? [];
        _citations ??= new LegalCitationAnalysis?[bases.Count];
        return _citations[index] ??= LegalCitationAnalysis.Of(bases[index]?.Text, bases[index]?.Reference, LegalDocuments);
    }

    /// <summary>All text of row <paramref name="index"/>, folded (computed once per check).</summary>
    public string FoldedRow(int index)
    {
        _foldedRows ??= new string?[Items.Count];
        return _foldedRows[index] ??= VietnameseText.Fold(string.Join(" ", PlanJson.TextFields(Items[index]).Select(f => f.Value)));
    }

    /// <summary>Does some column hold text in at least one row? A column empty in every row is taken as absent
    /// from the school's layout, so rows are not blamed for leaving it empty.</summary>
    public bool ColumnInUse(Func<PlanItem, string?> column) => Items.Any(i => !string.IsNullOrWhiteSpace(column(i)));

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>"Không", "0", "0 đồng": the cell says there is nothing.</summary>
    public static bool SaysNone(string? text)
    {
        var folded = VietnameseText.Fold(text);
        return folded is "khong" or "0" or "0 dong" or "khong co" or "k";
    }
}

/// <summary>How the supervising unit of the plan's year is written: the office ("Phòng Văn hóa – Xã hội xã Dầu
/// Tiếng") and the governing-body line of the letter ("UBND xã Dầu Tiếng"). RecordedAsExisting: the unit is a
/// district office the app's data still records as existing that year (a province whose reorganisation is not
/// entered yet), so naming it is not a mistake.</summary>
public sealed record SupervisingUnitName(string OfficeName, string? GoverningBody, bool RecordedAsExisting = false);
