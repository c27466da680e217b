using System.Text.Json;
using CaiTien.Accounts;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaiTien.Data;

/// <summary>The app's database. Provider-specific subclasses exist only so each provider has its own migrations.</summary>
public abstract class CaiTienDb(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Data Protection keys (sign-in cookie, anti-forgery), shared by every app node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Files.StoredFile> StoredFiles => Set<Files.StoredFile>();
    public DbSet<Files.StoredFileChunk> StoredFileChunks => Set<Files.StoredFileChunk>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();
    public DbSet<SiteCounter> SiteCounters => Set<SiteCounter>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolSupervision> SchoolSupervisions => Set<SchoolSupervision>();
    public DbSet<UnitEvent> UnitEvents => Set<UnitEvent>();
    public DbSet<SchoolSite> SchoolSites => Set<SchoolSite>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<FrameworkChoice> FrameworkChoices => Set<FrameworkChoice>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanRow> PlanRows => Set<PlanRow>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<CouncilSeat> CouncilSeats => Set<CouncilSeat>();
    public DbSet<CriterionAssignment> CriterionAssignments => Set<CriterionAssignment>();
    public DbSet<RatingEntry> RatingEntries => Set<RatingEntry>();
    public DbSet<CriterionReport> CriterionReports => Set<CriterionReport>();
    public DbSet<EvidenceEntry> EvidenceEntries => Set<EvidenceEntry>();
    public DbSet<PlanSnapshot> PlanSnapshots => Set<PlanSnapshot>();
    public DbSet<PlanSourceFile> PlanSourceFiles => Set<PlanSourceFile>();
    public DbSet<Checking.FindingDismissal> FindingDismissals => Set<Checking.FindingDismissal>();
    public DbSet<Progress.RowProgress> RowProgress => Set<Progress.RowProgress>();
    public DbSet<Progress.ProgressEntry> ProgressEntries => Set<Progress.ProgressEntry>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Evidence.EvidenceFile> EvidenceFiles => Set<Evidence.EvidenceFile>();
    public DbSet<Monitoring.MonitoringReview> MonitoringReviews => Set<Monitoring.MonitoringReview>();
    public DbSet<Progress.Reminders.Reminder> Reminders => Set<Progress.Reminders.Reminder>();
    public DbSet<Progress.Reminders.SchoolCalendar> SchoolCalendars => Set<Progress.Reminders.SchoolCalendar>();
    public DbSet<Oversight.PlanSubmission> PlanSubmissions => Set<Oversight.PlanSubmission>();
    public DbSet<Oversight.ReviewComment> ReviewComments => Set<Oversight.ReviewComment>();
    public DbSet<Oversight.Publication> Publications => Set<Oversight.Publication>();
    public DbSet<Oversight.Notification> Notifications => Set<Oversight.Notification>();
    public DbSet<Oversight.NotificationSeen> NotificationsSeen => Set<Oversight.NotificationSeen>();
    public DbSet<Oversight.DistrictApiToken> DistrictApiTokens => Set<Oversight.DistrictApiToken>();
    public DbSet<Oversight.PlanFigures> PlanFigures => Set<Oversight.PlanFigures>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(CaiTienDb).Assembly);
        b.Entity<Province>().HasIndex(p => p.Code).IsUnique();
        b.Entity<District>().HasIndex(d => d.Code).IsUnique();
        b.Entity<School>(e =>
        {
            e.HasIndex(s => s.Code).IsUnique();
            e.HasMany(s => s.Sites).WithOne().HasForeignKey(x => x.SchoolId);
            e.HasMany(s => s.Staff).WithOne().HasForeignKey(x => x.SchoolId);
            e.HasMany(s => s.FrameworkChoices).WithOne().HasForeignKey(x => x.SchoolId);
        });
        b.Entity<FrameworkChoice>().HasIndex(f => new { f.SchoolId, f.SchoolYear, f.Level }).IsUnique();
        b.Entity<Plan>(e =>
        {
            e.HasIndex(p => new { p.SchoolId, p.SchoolYear });
            e.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Version).IsConcurrencyToken();
            Json(e.Property(p => p.Purposes));
            Json(e.Property(p => p.LegalBases));
            Json(e.Property(p => p.SelfAssessment));
            Json(e.Property(p => p.Organization));
            Json(e.Property(p => p.Recipients));
            Json(e.Property(p => p.SectionHeadings));
            Json(e.Property(p => p.ColumnHeadings));
            Json(e.Property(p => p.TargetCriteria));
        });
        b.Entity<PlanSnapshot>().HasIndex(s => new { s.PlanId, s.Revision }).IsUnique();
        b.Entity<PlanSourceFile>().HasIndex(f => f.PlanId);
        b.Entity<Checking.FindingDismissal>().HasIndex(d => new { d.PlanId, d.Rule, d.LocationKey }).IsUnique();
        b.Entity<PlanRow>(e =>
        {
            e.HasIndex(r => new { r.PlanId, r.Position });
            e.HasIndex(r => r.RowKey);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
    }

    /// <summary>Lists and nested parts of the letter are stored as caitien.plan/1 JSON text: they are read and
    /// written whole, never queried piecewise, and the same text works on SQLite and PostgreSQL.</summary>
    private static void Json<T>(PropertyBuilder<T> property)
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, PlanJson.Options),
            v => JsonSerializer.Deserialize<T>(v, PlanJson.Options)!,
            new ValueComparer<T>(
                (a, c) => JsonSerializer.Serialize(a, PlanJson.Options) == JsonSerializer.Serialize(c, PlanJson.Options),
                v => JsonSerializer.Serialize(v, PlanJson.Options).GetHashCode(),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, PlanJson.Options), PlanJson.Options)!));
    }
}

public sealed class SqliteCaiTienDb(DbContextOptions<SqliteCaiTienDb> options) : CaiTienDb(options);

public sealed class PostgresCaiTienDb(DbContextOptions<PostgresCaiTienDb> options) : CaiTienDb(options);
