using CaiTien.Tests.Infrastructure;
using CaiTien.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Web;

/// <summary>Numbers with a decimal comma. Times are stored in UTC and shown in Vietnam time, whatever zone the server runs in (CI and most
/// provincial VMs run in UTC, where 20:30 UTC is already the next morning in Vietnam).</summary>
[Collection(SqliteCollection.Name)]
public sealed class VietnameseFormatsTests(SqliteApp app)
{
    private static readonly DateTimeOffset EveningUtc = new(2026, 12, 3, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_apps_clock_has_Vietnam_as_its_local_zone()
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        Assert.Equal(TimeSpan.FromHours(7), clock.LocalTimeZone.GetUtcOffset(EveningUtc));
        Assert.Equal(TimeSpan.FromHours(7), clock.GetLocalNow().Offset);
    }

    [Fact]
    public void Stored_UTC_moments_are_shown_as_the_next_morning_in_Vietnam()
    {
        Assert.Equal("04/12/2026 03:30", Vn.Date(EveningUtc));
        Assert.Equal("04/12/2026", Vn.Day(EveningUtc));
        Assert.Equal("", Vn.Date((DateTimeOffset?)null));
        var inVietnam = VietnamClock.InVietnam(EveningUtc);
        Assert.Equal((4, 3, TimeSpan.FromHours(7)), (inVietnam.Day, inVietnam.Hour, inVietnam.Offset));
    }

    [Fact]
    public void Percentages_on_screen_use_a_decimal_comma()
    {
        Assert.Equal("6,7%", Vn.Percent(6.7));
        Assert.Equal("100%", Vn.Percent(100.0));
        Assert.Equal("33,33%", Vn.Percent(1, 3));
    }
}
