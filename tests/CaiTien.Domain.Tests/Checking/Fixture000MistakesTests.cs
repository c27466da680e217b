using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Each mistake CONVENTIONS.md lists for fixture 000 (Định Phước) is found.</summary>
public class Fixture000MistakesTests
{
    private static readonly PlanDocument Plan = Plans.Fixture("000");
    private static readonly IReadOnlyList<Finding> Findings = Plans.Check(Plan);

    [Fact]
    public void Mistake1_row_2_4_in_october_2023_is_outside_the_school_year()
    {
        var f = FindingAssert.Has(Findings, "month-outside-school-year", Sections.Items, Plans.IndexOf(Plan, "2.4"), "start");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("10/2023", f.Message);
        Assert.Contains("10/2024", f.Suggestion);
    }

    [Fact]
    public void Mistake2_row_4_2_starts_september_2025_after_its_end()
    {
        var i = Plans.IndexOf(Plan, "4.2");
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "month-outside-school-year", Sections.Items, i, "start"));
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "end-before-start", Sections.Items, i, "end"));
    }

    [Theory]
    [InlineData("5.2")]
    [InlineData("5.3")]
    public void Mistakes3_and_4_rows_end_in_the_previous_school_year(string criterion)
    {
        var i = Plans.IndexOf(Plan, criterion);
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "end-before-start", Sections.Items, i, "end"));
        var wrongYear = FindingAssert.Has(Findings, "wrong-school-year", Sections.Items, i, "timeText");
        Assert.Equal(Severities.Error, wrongYear.Severity);
        Assert.Contains("2023 - 2024", wrongYear.Message);
    }

    /// <summary>Headings are not in the fixture JSON; the test adds them as the seed writes them.</summary>
    private static IReadOnlyList<Finding> WithSeedHeadings()
    {
        var corrected = Plans.Corrected("000");
        string Heading(string criterion) => corrected.Items.First(i => i.Criterion.Split('.')[0] == criterion.Split('.')[0]).StandardHeadingAsWritten!;
        var items = Plan.Items.Select(item => item with
        {
            StandardHeadingAsWritten = item.Criterion[0] switch
            {
                '2' => "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
                '5' => "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục",
                _ => Heading(item.Criterion),
            },
        }).ToList();
        return Plans.Check(Plan with { Items = items });
    }

    [Fact]
    public void Mistake5_standard_2_heading_is_the_preschool_title_without_students()
    {
        var f = FindingAssert.Has(WithSeedHeadings(), "standard-title-other-level", Sections.Items, Plans.IndexOf(Plan, "2.2"), "standardHeadingAsWritten");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("19/2018", f.Message);
        Assert.Contains("2.4", f.Message);
    }

    [Fact]
    public void Mistake6_standard_5_heading_is_the_preschool_title()
    {
        var f = FindingAssert.Has(WithSeedHeadings(), "standard-title-other-level", Sections.Items, Plans.IndexOf(Plan, "5.1"), "standardHeadingAsWritten");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("Hoạt động giáo dục và kết quả giáo dục", f.Suggestion);
    }

    [Fact]
    public void Standard_4_heading_with_misplaced_tone_marks_is_not_flagged()
    {
        Assert.DoesNotContain(WithSeedHeadings(), f => f.Location.Item == Plans.IndexOf(Plan, "4.1") && f.Location.Field == "standardHeadingAsWritten");
    }

    [Fact]
    public void Mistake7_the_2006_programme_basis_is_obsolete_for_primary_in_2024_2025()
    {
        var i = Plan.LegalBases.FindIndex(b => b.Reference == "16/2006/QĐ-BGDĐT");
        var f = FindingAssert.Has(Findings, "superseded-legal-basis", Sections.LegalBases, i);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.DoesNotContain(Findings, x => x.Rule == "superseded-legal-basis" && x.Location.Item != i);
    }

    [Fact]
    public void Mistake8_weak_points_named_in_the_purposes_have_no_rows()
    {
        var weak = Findings.Where(f => f.Rule == "weak-point-without-row" && f.Location.Section == Sections.Purposes).ToList();
        Assert.All(weak, FindingAssert.IsLoud);
        Assert.Contains(weak, f => f.Message.Contains("3.6"));
        Assert.Contains(weak, f => f.Message.Contains("3.5"));
        Assert.Contains(weak, f => f.Message.Contains("Hội đồng thi đua"));
    }

    [Fact]
    public void Mistake9_row_4_1_target_ends_with_a_stray_copy_of_another_cell()
    {
        FindingAssert.Has(Findings, "stray-repeated-text", Sections.Items, Plans.IndexOf(Plan, "4.1"), "targetResult");
    }

    [Fact]
    public void Borderline_june_rows_are_not_errors_or_warnings()
    {
        foreach (var criterion in new[] { "2.2", "2.3" })
            Assert.DoesNotContain(Findings, f => f.Location.Item == Plans.IndexOf(Plan, criterion) && f.Severity != Severities.Info);
    }

    [Fact]
    public void Free_text_typos_are_not_flagged()
    {
        Assert.DoesNotContain(Findings, f => f.Message.Contains("mạnh thường quân") || f.Message.Contains("hoạt sinh hoạt"));
    }
}
