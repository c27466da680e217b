using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the store from configuration: SQLite under the data folder by default, PostgreSQL when
/// <c>Database:Provider=Postgres</c> with <c>ConnectionStrings:CaiTien</c> (or env <c>CAITIEN_POSTGRES</c>).</summary>
public static class Database
{
    public static (DatabaseProvider Provider, string ConnectionString) Resolve(IConfiguration config, string dataFolder)
    {
        var pgEnv = config["CAITIEN_POSTGRES"];
        var providerText = config["Database:Provider"] ?? (string.IsNullOrEmpty(pgEnv) ? "Sqlite" : "Postgres");
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider '{providerText}' is not Sqlite or Postgres.");
        var cs = config.GetConnectionString("CaiTien");
        if (provider == DatabaseProvider.Postgres)
            return (provider, cs ?? pgEnv ?? throw new InvalidOperationException("PostgreSQL selected but no ConnectionStrings:CaiTien or CAITIEN_POSTGRES given."));
        Directory.CreateDirectory(dataFolder);
        return (provider, cs ?? $"Data Source={Path.Combine(dataFolder, "caitien.db")}");
    }

    /// <summary>Registers both provider contexts; which one serves <see cref="CaiTienDb"/> is read from
    /// configuration when first resolved, so hosts and tests can set it late. The choice and the context options are
    /// made once per host: building them per request cost a directory check and EF's options lookup every time.</summary>
    public static IServiceCollection AddCaiTienDb(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var (provider, cs) = Resolve(config, DataFolders.Resolve(config["CaiTien:DataFolder"]));
            return new DatabaseChoice(provider, cs);
        });
        // Pooled: a request borrows a context instead of building one (and its services) each time. Contexts hold
        // no state of their own between requests: the audit actor is an AsyncLocal, the interceptors are shared.
        services.AddDbContextPool<SqliteCaiTienDb>((sp, o) => Configure(o, DatabaseProvider.Sqlite, sp.GetRequiredService<DatabaseChoice>().ConnectionString));
        services.AddDbContextPool<PostgresCaiTienDb>((sp, o) => Configure(o, DatabaseProvider.Postgres, sp.GetRequiredService<DatabaseChoice>().ConnectionString));
        services.AddScoped<CaiTienDb>(sp => sp.GetRequiredService<DatabaseChoice>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresCaiTienDb>()
            : sp.GetRequiredService<SqliteCaiTienDb>());
        return services;
    }

    /// <param name="audit">false only for copies of whole installations (backup, migrate-data), whose rows are
    /// not new changes: nothing is audited and the dashboards' plan figures are copied, not recomputed.</param>
    public static void Configure(DbContextOptionsBuilder o, DatabaseProvider provider, string connectionString, bool audit = true)
    {
        if (provider == DatabaseProvider.Postgres)
            o.UseNpgsql(connectionString, x => x.MigrationsHistoryTable("__ef_migrations"));
        else
            o.UseSqlite(connectionString);
        if (audit) o.AddInterceptors(Audit.AuditInterceptor.Instance, Oversight.PlanFiguresInterceptor.Instance);
        // Migrate would otherwise build the design-time model and diff it against the snapshot on every start (about
        // a tenth of a cold start); a model without its migration is caught by the tests (PlanPagesTests).
        o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static CaiTienDb Create(DatabaseProvider provider, string connectionString, bool audit = true)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var b = new DbContextOptionsBuilder<PostgresCaiTienDb>();
            Configure(b, provider, connectionString, audit);
            return new PostgresCaiTienDb(b.Options);
        }
        var s = new DbContextOptionsBuilder<SqliteCaiTienDb>();
        Configure(s, provider, connectionString, audit);
        return new SqliteCaiTienDb(s.Options);
    }
}

public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteCaiTienDb>
{
    public SqliteCaiTienDb CreateDbContext(string[] args) =>
        (SqliteCaiTienDb)Database.Create(DatabaseProvider.Sqlite, "Data Source=design.db");
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresCaiTienDb>
{
    public PostgresCaiTienDb CreateDbContext(string[] args) =>
        (PostgresCaiTienDb)Database.Create(DatabaseProvider.Postgres, "Host=localhost;Database=caitien_design");
}

/// <summary>The store this host uses, resolved once from configuration.</summary>
public sealed record DatabaseChoice(DatabaseProvider Provider, string ConnectionString);
