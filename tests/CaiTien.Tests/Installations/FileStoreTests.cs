using System.Security.Cryptography;
using CaiTien.Data;
using CaiTien.Files;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Installations;

/// <summary>The local folder and database file stores for real, on SQLite and PostgreSQL: content in, the same
/// content out in chunks, stored once however often (or however concurrently) it is put.</summary>
public sealed class FileStoreTests
{
    public static TheoryData<string, DatabaseProvider> Stores => new()
    {
        { "Local", DatabaseProvider.Sqlite },
        { "Database", DatabaseProvider.Sqlite },
        { "Database", DatabaseProvider.Postgres },
    };

    private static async Task<(IFileStore Store, string Temp)> CreateAsync(string kind, DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("caitien-store-").FullName;
        var cs = provider == DatabaseProvider.Postgres
            ? $"{PostgresApp.ServerConnectionString};Database={PostgresApp.NewDatabaseName()}"
            : $"Data Source={Path.Combine(folder, "caitien.db")}";
        await using (var db = Database.Create(provider, cs)) await db.Database.MigrateAsync();
        IFileStore store = kind == "Local"
            ? new LocalFileStore(Path.Combine(folder, "evidence"))
            : new DatabaseFileStore(() => Database.Create(provider, cs, audit: false));
        return (store, FileStores.TempFolder(folder));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Content_round_trips_in_chunks_and_is_stored_once(string kind, DatabaseProvider provider)
    {
        var (store, temp) = await CreateAsync(kind, provider);
        var content = RandomNumberGenerator.GetBytes(DatabaseFileStore.ChunkBytes * 2 + 12345);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.False(await store.ExistsAsync(sha));
        Assert.Null(await store.OpenReadAsync(sha));

        async Task Put()
        {
            using var staged = await StagedFile.CreateAsync(new MemoryStream(content), temp);
            Assert.Equal(sha, staged!.Sha256);
            await store.PutAsync(staged);
        }
        await Task.WhenAll(Put(), Put(), Put());
        await Put();

        Assert.True(await store.ExistsAsync(sha));
        await using (var read = await store.OpenReadAsync(sha))
        {
            var copy = new MemoryStream();
            // Small reads cross chunk boundaries.
            var buffer = new byte[7777];
            int n;
            while ((n = await read!.ReadAsync(buffer)) > 0) copy.Write(buffer, 0, n);
            Assert.Equal(content, copy.ToArray());
        }
        var listed = new List<string>();
        await foreach (var name in store.ListAsync()) listed.Add(name);
        Assert.Equal([sha], listed);
        Assert.Empty(Directory.GetFiles(temp));
    }

    [Fact]
    public async Task Staging_refuses_content_over_the_limit_and_leaves_nothing()
    {
        var temp = Directory.CreateTempSubdirectory("caitien-stage-").FullName;
        Assert.Null(await StagedFile.CreateAsync(new MemoryStream(new byte[1001]), temp, maxBytes: 1000));
        Assert.Empty(Directory.GetFiles(temp));
    }
}
