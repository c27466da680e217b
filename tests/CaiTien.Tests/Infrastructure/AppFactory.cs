using CaiTien.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Infrastructure;

/// <summary>The real app in-process on a fresh database of one provider, seeded with the demo data.</summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("caitien-test-").FullName;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The database's connection string (null: SQLite in <see cref="DataFolder"/>).</summary>
    public abstract string? ConnectionString { get; }

    /// <summary>More settings for this app, set before it starts (e.g. Files:Store).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CaiTien:DemoMode", "true");
        builder.UseSetting("CaiTien:DataFolder", DataFolder);
        builder.UseSetting("Database:Provider", Provider.ToString());
        // Tests sign in and upload far more often than a person; the limits have their own test.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:UploadsPerMinute", "100000");
        builder.UseSetting("RateLimits:PasswordPerMinute", "100000");
        if (ConnectionString is not null) builder.UseSetting("ConnectionStrings:CaiTien", ConnectionString);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A database context of the app's own container, for arranging and asserting.</summary>
    public async Task<T> WithDb<T>(Func<CaiTienDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CaiTienDb>());
    }
}

public sealed class SqliteApp : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string? ConnectionString => null;
}

public sealed class PostgresApp : AppFactory
{
    /// <summary>Set by the test script, which starts a PostgreSQL cluster of its own.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CAITIEN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CAITIEN_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");

    private readonly string _database;

    public PostgresApp() : this(NewDatabaseName())
    {
    }

    // Private: xUnit collection fixtures may have only one public constructor.
    private PostgresApp(string database) => _database = database;

    /// <summary>An app on a named database, e.g. a second node on the first one's database.</summary>
    public static PostgresApp OnDatabase(string database) => new(database);

    public static string NewDatabaseName() => "caitien_test_" + Guid.NewGuid().ToString("N")[..12];

    public string DatabaseName => _database;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    public override string? ConnectionString => $"{ServerConnectionString};Database={_database}";
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite app";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres app";
}
