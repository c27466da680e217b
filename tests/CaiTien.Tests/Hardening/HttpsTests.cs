using System.Net;
using CaiTien.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaiTien.Tests.Hardening;

/// <summary>The app configured for TLS (<c>Https:Enabled</c>), as behind nginx in production.</summary>
public sealed class HttpsApp : AppFactory
{
    public override CaiTien.Data.DatabaseProvider Provider => CaiTien.Data.DatabaseProvider.Sqlite;
    public override string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Https:Enabled", "true");
    }
}

public sealed class HttpsTests(HttpsApp app) : IClassFixture<HttpsApp>
{
    [Fact]
    public async Task Plain_http_is_redirected_except_health_checks_and_cookies_are_secure()
    {
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://caitien.example.gov.vn") });
        var page = await plain.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal("https", page.Headers.Location!.Scheme);
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/healthz/live")).StatusCode);

        var tls = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://caitien.example.gov.vn") });
        var form = await tls.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("max-age=", form.Headers.GetValues("Strict-Transport-Security").Single());
        var html = await form.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await tls.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "hieutruong.dinhphuoc", ["Password"] = CaiTien.Data.DemoData.Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("caitien.auth=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.All(form.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
