using CaiTien.Catalogs;

namespace CaiTien.Domain.Tests.Catalogs;

public class EvidenceCodeValidatorTests
{
    private static readonly Framework Tt17 = FrameworkRegistry.Default.Get("tt17-2018");

    [Theory]
    [InlineData("[H1-1.1-01]", "1.1")]
    [InlineData(" [H12-5.5-103] ", "5.5")]
    [InlineData("[H3-1.10-02]", "1.10")]
    public void Codes_in_the_2018_convention_pass(string code, string criterion)
    {
        var check = EvidenceCodeValidator.Check(Tt17, code);
        Assert.True(check.IsValid, check.Message);
        Assert.Equal(criterion, check.CriterionCode);
    }

    [Theory]
    [InlineData("H1-1.1-01")]
    [InlineData("[H1-1.1-1]")]
    [InlineData("[H1-6.1-01]")]
    [InlineData("")]
    public void Malformed_codes_are_refused(string code)
    {
        var check = EvidenceCodeValidator.Check(Tt17, code);
        Assert.False(check.IsValid);
        Assert.False(string.IsNullOrEmpty(check.Message));
    }

    [Fact]
    public void A_well_formed_code_on_a_missing_criterion_is_refused()
    {
        var check = EvidenceCodeValidator.Check(Tt17, "[H1-2.9-01]");
        Assert.False(check.IsValid);
        Assert.Contains("tiêu chí 2.9", check.Message);
    }

    [Fact]
    public void Duplicates_are_found_ignoring_spaces_and_case()
    {
        var duplicates = EvidenceCodeValidator.FindDuplicates(["[H1-1.1-01]", "[H1-1.1-02]", " [h1-1.1-01]", "[H1-1.1-02]", "[H1-1.2-01]"]);
        Assert.Equal(["[H1-1.1-01]", "[H1-1.1-02]"], duplicates);
    }

    [Fact]
    public void A_new_code_already_in_the_list_is_refused()
    {
        var check = EvidenceCodeValidator.CheckNew(Tt17, "[H1-1.1-01]", ["[H1-1.1-01]"]);
        Assert.False(check.IsValid);
        Assert.Contains("đã được dùng", check.Message);
        Assert.True(EvidenceCodeValidator.CheckNew(Tt17, "[H1-1.1-02]", ["[H1-1.1-01]"]).IsValid);
    }
}
