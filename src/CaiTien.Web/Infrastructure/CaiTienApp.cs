using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Web.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Serilog;

namespace CaiTien.Web.Infrastructure;

/// <summary>Composition of the web app; tests build it through WebApplicationFactory with the same code.</summary>
public static class CaiTienApp
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var demoFlag = args.Contains("--demo");
        // The application name anchors Razor Pages discovery to this assembly even when another host starts it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != "--demo").ToArray(),
            ApplicationName = typeof(CaiTienApp).Assembly.GetName().Name,
        });
        if (demoFlag) builder.Configuration["CaiTien:DemoMode"] = "true";
        ConfigureServices(builder);
        var app = builder.Build();
        Configure(app);
        await PrepareDatabaseAsync(app);
        return app;
    }

    public static void ConfigureServices(WebApplicationBuilder builder)
    {
        // Each host gets its own logger; the static bootstrap logger is left alone so several hosts (tests) can start at once.
        builder.Host.UseSerilog((ctx, _, log) => log.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console(), preserveStaticLogger: true);
        builder.Services.AddSingleton(sp => CaiTienOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(TimeProvider.System);
        // Vietnamese text is written as-is instead of as numeric entities: pages stay small and readable.
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddCaiTienDb();
        CaiTien.Progress.Reminders.ReminderService.AddReminders(builder.Services, builder.Configuration);
        builder.Services.AddSingleton(sp => new CaiTien.Evidence.EvidenceStore(Path.Combine(sp.GetRequiredService<CaiTienOptions>().DataFolder, "evidence")));

        builder.Services.AddIdentity<AppUser, IdentityRole>(AccountRules.Configure)
            .AddEntityFrameworkStores<CaiTienDb>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>()
            .AddPasswordValidator<DemoPasswordValidator>()
            .AddDefaultTokenProviders();
        // The cookie is checked against the account on every request, so deactivating, locking or signing out
        // (each changes the security stamp) refuses the old cookie at once, and role changes apply at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(PasswordLinks.ValidDays));
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(
            Path.Combine(DataFolders.Resolve(builder.Configuration["CaiTien:DataFolder"]), "keys")));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "caitien.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorization();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            o.Conventions.AllowAnonymousToPage("/Account/SetPassword");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToFolder("/Public");
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer(DistrictApiOpenApi.AddBearerScheme));
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddOutputCache(o => o.AddPolicy(PublicPages.CachePolicy, b => b.Expire(TimeSpan.FromMinutes(1)).Tag(PublicPages.CacheTag)
            .VaryByValue(_ => new KeyValuePair<string, string>("publications", CaiTien.Oversight.PublishPlan.PublicationsVersion.ToString()))));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 25 * 1024 * 1024);
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Headers.ContainsKey("HX-Request"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static void Configure(WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        CaiTien.Audit.AuditActor.UseAuditActor(app);
        app.UseForcedPasswordChange();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.MapRazorPages();
        app.MapHealth();
        app.MapPlanApi();
        app.MapPlanDocuments();
        app.MapDistrictApi();
        app.MapOpenApi();
    }

    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
        var options = scope.ServiceProvider.GetRequiredService<CaiTienOptions>();
        if (options.DemoMode)
        {
            await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), TimeProvider.System);
            app.Logger.LogInformation("Demo mode: accounts {Accounts} with password {Password}",
                string.Join(", ", DemoData.Accounts.Select(a => a.UserName)), DemoData.Password);
            app.Logger.LogInformation("Demo mode: district API token of Huyện Dầu Tiếng: {Token}", CaiTien.Oversight.OversightDemo.ApiToken);
        }
    }
}
