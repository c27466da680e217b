using CaiTien.Oversight;

namespace CaiTien.Tests.Oversight;

public sealed class PublicationDeadlinesTests
{
    [Theory]
    [InlineData("2025-06-02", 10, "2025-06-16")] // Monday + 10 working days = two weeks later
    [InlineData("2025-06-06", 1, "2025-06-09")]  // Friday + 1 skips the weekend
    [InlineData("2025-06-07", 10, "2025-06-20")] // from a Saturday
    public void Working_days_skip_weekends(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PublicationDeadlines.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void Unpublished_issued_plan_is_due_by_30_June_of_its_school_year()
    {
        var soon = Assert.Single(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 6, 10), (1, new DateOnly(2024, 10, 1)), null));
        Assert.True(soon.Urgent);
        Assert.Contains("30/6/2025", soon.Message);
        Assert.Contains("còn 20 ngày", soon.Message);
        var early = Assert.Single(PublicationDeadlines.For("2024-2025", new DateOnly(2024, 10, 2), (1, new DateOnly(2024, 10, 1)), null));
        Assert.False(early.Urgent);
        var late = Assert.Single(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 7, 3), (1, new DateOnly(2024, 10, 1)), null));
        Assert.True(late.Urgent);
        Assert.Contains("quá hạn", late.Message);
    }

    [Fact]
    public void A_newer_revision_must_be_published_within_10_working_days()
    {
        var issued = new DateOnly(2025, 3, 3);
        var pending = Assert.Single(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 3, 10), (2, issued), published: 1));
        Assert.False(pending.Urgent);
        Assert.Contains("17/03/2025", pending.Message);
        var overdue = Assert.Single(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 3, 18), (2, issued), published: 1));
        Assert.True(overdue.Urgent);
        Assert.Empty(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 3, 18), (2, issued), published: 2));
        Assert.Empty(PublicationDeadlines.For("2024-2025", new DateOnly(2025, 3, 18), null, published: null));
    }
}
