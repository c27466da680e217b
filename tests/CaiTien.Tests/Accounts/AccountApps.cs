using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Accounts;

/// <summary>An app of its own for account tests: demo or not, on a given database (to reopen one another app seeded),
/// with email going to a local SMTP server when a port is given.</summary>
public sealed class AccountApp(DatabaseProvider provider, bool demo, string? dataFolder = null, string? connectionString = null, int? smtpPort = null) : AppFactory
{
    public string Folder { get; } = dataFolder ?? Directory.CreateTempSubdirectory("caitien-acc-").FullName;
    public string? Connection { get; } = connectionString ?? (provider == DatabaseProvider.Postgres ? NewPostgresDatabase() : null);

    public override DatabaseProvider Provider => provider;
    public override string? ConnectionString => Connection;

    public static string NewPostgresDatabase() => $"{PostgresApp.ServerConnectionString};Database=caitien_test_{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>The same database, started again with or without demo mode.</summary>
    public AccountApp Reopen(bool demo) => new(provider, demo, Folder, Connection);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaiTien:DemoMode", demo ? "true" : "false");
        builder.UseSetting("CaiTien:DataFolder", Folder);
        builder.UseSetting("Reminders:Enabled", "false");
        if (smtpPort is { } port)
            builder.ConfigureTestServices(s =>
            {
                var settings = new SmtpSettings("127.0.0.1", port, "caitien@test.local", Security: SecureSocketOptions.None);
                s.AddSingleton(settings);
                s.AddSingleton<IReminderMailer>(new SmtpReminderMailer(settings));
            });
    }
}
