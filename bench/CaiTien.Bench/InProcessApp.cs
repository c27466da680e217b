using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
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
        // Wherever `dotnet run` is started from (the factory looks for its manifest in the working folder).
        builder.UseContentRoot(Path.Combine(CaiTien.Testing.SharedPaths.RepoRoot, "src", "CaiTien.Web"));
        builder.UseSetting("CaiTien:DemoMode", "true");
        builder.UseSetting("CaiTien:DataFolder", _data);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        Customize?.Invoke(builder);
    }

    /// <summary>A change to the app for one side of a comparison made in the same run.</summary>
    public Action<IWebHostBuilder>? Customize { get; init; }

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

    /// <summary>Deletes the rows of a plan from the given position on (undoes a pasted block between runs).</summary>
    public async Task<int> TrimRowsAsync(int planId, int fromPosition)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        return await db.PlanRows.Where(r => r.PlanId == planId && r.Position >= fromPosition).ExecuteDeleteAsync();
    }

    /// <summary>Imports a synthetic plan of <paramref name="rows"/> rows for the school as a draft and returns its id.</summary>
    public async Task<int> ImportSyntheticPlanAsync(string schoolCode, string year, int rows, int seed)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Code == schoolCode);
        var framework = FrameworkRegistry.Default.ForLevel(school.Level, SchoolYears.DefaultRegime(year))
            ?? throw new InvalidOperationException($"no framework for {school.Level} in {year}");
        var plan = SyntheticPlans.Create(framework, school.Name, school.Level, year, rows, seed);
        var result = await ImportPlan.RunAsync(db, school.Id, plan, replace: true, TimeProvider.System);
        return result.PlanId ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>Stores a self-assessment for the school and year with every requirement rated.</summary>
    public async Task SeedSelfAssessmentAsync(string schoolCode, string year)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Code == schoolCode);
        var framework = await AssessmentAccess.ResolveFrameworkAsync(db, school.Id, year, CancellationToken.None)
            ?? throw new InvalidOperationException($"no framework for {schoolCode} in {year}");
        var now = DateTimeOffset.UtcNow;
        db.SelfAssessments.Add(new SelfAssessment
        {
            SchoolId = school.Id, SchoolYear = year, FrameworkId = framework.Id, CreatedAt = now, UpdatedAt = now,
            Ratings = SchoolRatings.All(framework).Select(r => new RatingEntry
            {
                CriterionCode = r.CriterionCode, Level = r.Level, RequirementKey = r.RequirementKey, Met = r.Met, RatedAt = now,
            }).ToList(),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The anti-forgery token htmx sends, read from the layout's <c>hx-headers</c> on <c>&lt;body&gt;</c>.</summary>
    public static string HtmxToken(string html) => WebUtility.HtmlDecode(HxToken().Match(html).Groups[1].Value);

    [GeneratedRegex("hx-headers='\\{\"X-CSRF-TOKEN\": \"([^\"]+)\"\\}'")]
    private static partial Regex HxToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
