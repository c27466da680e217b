using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Files;

/// <summary>Files in the app's own database (PostgreSQL for several nodes; SQLite works too), as chunks of
/// <see cref="ChunkBytes"/>: written one chunk at a time from the staged file and read back one chunk at a time,
/// so a 20 MB file is never whole in memory. Each call uses its own short-lived context.</summary>
public sealed class DatabaseFileStore(Func<CaiTienDb> open) : IFileStore
{
    public const int ChunkBytes = 512 * 1024;

    public string Kind => "Database";

    public async Task<bool> ExistsAsync(string sha256, CancellationToken ct = default)
    {
        Sha256Name.Check(sha256);
        await using var db = open();
        return await db.Set<StoredFile>().AnyAsync(f => f.Sha256 == sha256, ct);
    }

    public async Task PutAsync(StagedFile staged, CancellationToken ct = default)
    {
        if (await ExistsAsync(staged.Sha256, ct)) return;
        await using var db = open();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await using var input = staged.OpenRead();
            var index = 0;
            var buffer = new byte[ChunkBytes];
            while (true)
            {
                var filled = await input.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, ct);
                if (filled == 0 && index > 0) break;
                db.Add(new StoredFileChunk { Sha256 = staged.Sha256, Index = index++, Data = buffer[..filled] });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (filled < ChunkBytes) break;
            }
            db.Add(new StoredFile { Sha256 = staged.Sha256, Size = staged.Size, ChunkCount = index, StoredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node stored the same content at the same moment; its copy is identical.
            await tx.RollbackAsync(CancellationToken.None);
            if (!await ExistsAsync(staged.Sha256, ct)) throw;
        }
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default)
    {
        Sha256Name.Check(sha256);
        await using (var db = open())
        {
            var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha256, ct);
            if (file is null) return null;
            return new ChunkStream(open, file.Sha256, file.Size);
        }
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = open();
        foreach (var sha in await db.Set<StoredFile>().OrderBy(f => f.Sha256).Select(f => f.Sha256).ToListAsync(ct))
            yield return sha;
    }

    /// <summary>Reads the chunks in order, fetching the next one only when the current one is used up.</summary>
    private sealed class ChunkStream(Func<CaiTienDb> open, string sha256, long size) : Stream
    {
        private CaiTienDb? _db;
        private byte[] _chunk = [];
        private int _offsetInChunk;
        private int _nextIndex;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => size;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken ct = default)
        {
            if (_position >= size || destination.Length == 0) return 0;
            if (_offsetInChunk >= _chunk.Length)
            {
                _db ??= open();
                var index = _nextIndex++;
                _chunk = await _db.Set<StoredFileChunk>().Where(c => c.Sha256 == sha256 && c.Index == index).Select(c => c.Data).FirstOrDefaultAsync(ct)
                    ?? throw new IOException($"Stored file {sha256} is missing chunk {index}.");
                _offsetInChunk = 0;
                if (_chunk.Length == 0) return 0;
            }
            var n = Math.Min(destination.Length, _chunk.Length - _offsetInChunk);
            _chunk.AsMemory(_offsetInChunk, n).CopyTo(destination);
            _offsetInChunk += n;
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _db?.Dispose();
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_db is not null) await _db.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
