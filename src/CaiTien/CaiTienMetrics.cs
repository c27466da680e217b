using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CaiTien;

/// <summary>The app's own meter and activity source ("CaiTien"): documents rendered, emails sent and background job
/// runs. Exported by the web host through OpenTelemetry (Prometheus at /metrics); free when nobody listens.</summary>
public static class CaiTienMetrics
{
    public const string Name = "CaiTien";

    public static readonly Meter Meter = new(Name, "1.0");
    public static readonly ActivitySource Activities = new(Name, "1.0");

    private static readonly Counter<long> Documents = Meter.CreateCounter<long>("caitien.documents.rendered", "{document}", "Plan documents rendered, by format");
    private static readonly Counter<long> Emails = Meter.CreateCounter<long>("caitien.emails.sent", "{email}", "Emails handed to the SMTP server");
    private static readonly Counter<long> Jobs = Meter.CreateCounter<long>("caitien.jobs.runs", "{run}", "Background job runs, by job");

    public static void DocumentRendered(string format) => Documents.Add(1, new KeyValuePair<string, object?>("format", format));

    public static void EmailSent() => Emails.Add(1);

    public static void JobRun(string job) => Jobs.Add(1, new KeyValuePair<string, object?>("job", job));
}
