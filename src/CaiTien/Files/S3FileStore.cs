using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CaiTien.Files;

/// <summary>S3 settings, section <c>Files:S3</c>: ServiceUrl (e.g. http://minio:9000; empty for AWS), Region,
/// Bucket, AccessKey, SecretKey, ForcePathStyle (true for MinIO and most S3-compatible servers), Prefix.</summary>
public sealed record S3Settings(string? ServiceUrl, string Region, string Bucket, string? AccessKey, string? SecretKey, bool ForcePathStyle, string Prefix);

/// <summary>Files in an S3-compatible bucket under <c>{Prefix}ab/abcdef…</c>. Uploads are streamed from the staged
/// file by the SDK; downloads stream the response body.</summary>
public sealed class S3FileStore(S3Settings settings) : IFileStore, IDisposable
{
    private readonly AmazonS3Client _client = CreateClient(settings);

    public string Kind => "S3";

    private static AmazonS3Client CreateClient(S3Settings s)
    {
        // Checksums only where S3 requires them: many S3-compatible servers refuse the SDK's default trailing checksums.
        var config = new AmazonS3Config
        {
            ForcePathStyle = s.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrWhiteSpace(s.ServiceUrl))
        {
            config.ServiceURL = s.ServiceUrl;
            config.AuthenticationRegion = s.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(s.Region);
        }
        return string.IsNullOrEmpty(s.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(s.AccessKey, s.SecretKey), config);
    }

    private string KeyOf(string sha256) => $"{settings.Prefix}{Sha256Name.Check(sha256)[..2]}/{sha256}";

    public async Task<bool> ExistsAsync(string sha256, CancellationToken ct = default)
    {
        try
        {
            await _client.GetObjectMetadataAsync(settings.Bucket, KeyOf(sha256), ct);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task PutAsync(StagedFile staged, CancellationToken ct = default)
    {
        if (await ExistsAsync(staged.Sha256, ct)) return;
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = settings.Bucket,
            Key = KeyOf(staged.Sha256),
            FilePath = staged.Path,
            ContentType = "application/octet-stream",
        }, ct);
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default)
    {
        try
        {
            var response = await _client.GetObjectAsync(settings.Bucket, KeyOf(sha256), ct);
            return new ResponseOwningStream(response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var request = new ListObjectsV2Request { BucketName = settings.Bucket, Prefix = settings.Prefix };
        ListObjectsV2Response response;
        do
        {
            response = await _client.ListObjectsV2Async(request, ct);
            foreach (var o in response.S3Objects ?? [])
            {
                var name = o.Key[(o.Key.LastIndexOf('/') + 1)..];
                if (Sha256Name.IsValid(name)) yield return name;
            }
            request.ContinuationToken = response.NextContinuationToken;
        } while (response.IsTruncated == true);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The response body, disposing the response (and its connection) with it.</summary>
    private sealed class ResponseOwningStream(GetObjectResponse response) : Stream
    {
        private readonly Stream _inner = response.ResponseStream;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => response.ContentLength;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => _inner.ReadAsync(buffer, ct);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => _inner.ReadAsync(buffer, offset, count, ct);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) response.Dispose();
            base.Dispose(disposing);
        }
    }
}
