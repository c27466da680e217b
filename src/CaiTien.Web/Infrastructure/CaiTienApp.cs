using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Web.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
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
        builder.Services.AddSingleton<TimeProvider>(VietnamClock.Instance);
        // Vietnamese text is written as-is instead of as numeric entities: pages stay small and readable.
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddCaiTienDb();
        builder.Services.AddSingleton<DatabaseState>();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        builder.Services.AddHostedService<StagingSweep>();
        builder.Services.AddProblemDetails();
        SecurityHeaders.AddProxyAndHttps(builder);
        RateLimits.Add(builder);
        Observability.Add(builder);
        CaiTien.Progress.Reminders.ReminderService.AddReminders(builder.Services, builder.Configuration);
        AddSharedState(builder.Services);

        builder.Services.AddIdentity<AppUser, IdentityRole>(AccountRules.Configure)
            .AddEntityFrameworkStores<CaiTienDb>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>()
            .AddPasswordValidator<DemoPasswordValidator>()
            .AddDefaultTokenProviders();
        // The cookie is checked against the account on every request, so deactivating, locking or signing out
        // (each changes the security stamp) refuses the old cookie at once, and role changes apply at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddScoped<ISecurityStampValidator, QuietSecurityStampValidator>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(PasswordLinks.ValidDays));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "caitien.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over TLS (directly or, through the forwarded headers, via nginx).
            o.Cookie.SecurePolicy = SecurityHeaders.HttpsEnabled(builder.Configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            // Health checks never read the session: checking a cookie's security stamp needs the database, and
            // /healthz/live must say the process is up while the database is down.
            o.Events.OnValidatePrincipal = ctx => ctx.Request.Path.StartsWithSegments("/healthz")
                ? Task.CompletedTask
                : ValidateSessionAsync(ctx);
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
        }).AddMvcOptions(VietnameseModelBinding.Apply)
            // No client-side validation library is loaded: its data-val attributes would only carry English texts.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer(DistrictApiOpenApi.AddBearerScheme));
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.SecurePolicy = SecurityHeaders.HttpsEnabled(builder.Configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            // The Content-Security-Policy's frame-ancestors and our X-Frame-Options DENY already forbid framing.
            o.SuppressXFrameOptionsHeader = true;
        });
        builder.Services.AddOutputCache(o => o.AddPolicy(PublicPages.CachePolicy, b => b.Expire(TimeSpan.FromMinutes(1)).Tag(PublicPages.CacheTag)
            .VaryByValue(PublicPages.PublicationsVersionAsync)));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 25 * 1024 * 1024);
    }

    /// <summary>What several app nodes must share: Data Protection keys (sign-in cookie, anti-forgery) in the database
    /// under a fixed application name, and one file store for evidence and imported documents.</summary>
    private static void AddSharedState(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("CaiTien").PersistKeysToDbContext<CaiTienDb>();
        services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<DatabaseChoice>();
            return CaiTien.Files.FileStores.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<CaiTienOptions>().DataFolder,
                database.Provider, database.ConnectionString);
        });
        services.AddSingleton(sp => new CaiTien.Files.FileStorage(sp.GetRequiredService<CaiTien.Files.IFileStore>(),
            CaiTien.Files.FileStores.TempFolder(sp.GetRequiredService<CaiTienOptions>().DataFolder)));
    }

    /// <summary>The account check on every signed-in request: one compiled primary-key read; Identity's full check
    /// (which rebuilds the principal from several queries and re-issues the cookie) only when something changed.</summary>
    private static async Task ValidateSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        var services = ctx.HttpContext.RequestServices;
        var names = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (ctx.Principal?.FindFirst(names.UserIdClaimType)?.Value is { } id
            && await SessionAccount.ReadAsync(services.GetRequiredService<CaiTienDb>(), id, ctx.HttpContext.RequestAborted) is { } account
            && account.Matches(ctx.Principal, names, services.GetRequiredService<TimeProvider>().GetUtcNow()))
            return;
        await SecurityStampValidator.ValidatePrincipalAsync(ctx);
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
        SecurityHeaders.UseProxyAndHttps(app);
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        // The district API answers errors as JSON problem details; pages get the Vietnamese error page.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        RequestLog.Use(app);
        Observability.Map(app);
        app.UseStaticFiles();
        FailureResponses.Use(app);
        app.UseRouting();
        UploadLimits.Use(app);
        app.UseRateLimiter();
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

    /// <summary>One attempt before the app listens; when the database is unreachable the app starts anyway and
    /// <see cref="DatabaseStartup"/> keeps retrying in the background.</summary>
    public static Task PrepareDatabaseAsync(WebApplication app) =>
        app.Services.GetRequiredService<DatabaseStartup>().TryOnceAsync(CancellationToken.None);
}
