using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Bench;

/// <summary>The real app in-process (TestServer, SQLite, demo data) with a signed-in principal's client.</summary>
public sealed partial class InProcessApp : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("caitien-bench-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("CaiTien:DemoMode", "true");
        builder.UseSetting("CaiTien:DataFolder", _data);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/dang-nhap");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("sign-in failed");
        return client;
    }

    public async Task<int> PlanIdAsync(string schoolCode)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        return await db.Plans.Where(p => p.School!.Code == schoolCode).Select(p => p.Id).FirstAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
