using System.Text.RegularExpressions;
using CaiTien.Documents.Import.Sections;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Builds a <see cref="PlanDocument"/> from a reduced document: header block and title before the plan
/// table, prose sections around it, the table itself, and the closing block.</summary>
internal sealed partial class PlanAssembler(ImportVocabulary vocabulary)
{
    public ImportResult Assemble(SourceDocument document, ImportOverrides overrides, CriterionTitleLookup? lookup = null)
    {
        var file = document.FileName;
        var located = PlanTableLocator.Find(document, vocabulary);
        if (located is null)
        {
            var message = PlanTableLocator.UnknownHeaderTable(document) is { } unknown
                ? $"Không nhận ra tiêu đề cột của bảng {unknown.Table.TableNumber} (\"{string.Join("\", \"", unknown.Headers.Take(6))}\"). Bảng kế hoạch cần các cột như Tiêu chí, Kết quả cần đạt, Công việc/giải pháp, Chủ trì, Thời gian, Kinh phí."
                : "Không tìm thấy bảng kế hoạch cải tiến (bảng có các cột Tiêu chí, Công việc/giải pháp, Thời gian…) trong tệp.";
            return ImportResult.Failed(file, message);
        }
        var badField = overrides.ColumnFields.FirstOrDefault(o => o.Value is not null && !ImportOverrides.Fields.Contains(o.Value));
        if (badField.Value is not null)
            return ImportResult.Failed(file, $"Cột {badField.Key + 1}: \"{badField.Value}\" không phải trường của kế hoạch.");
        var columns = located.Columns.Select(c => overrides.ColumnFields.TryGetValue(c.ColumnIndex, out var f) ? c with { Field = f } : c).ToList();
        var first = located.Segments[0];
        var last = located.Segments[^1];
        var pre = document.Blocks.Take(first.Index).ToList();
        var post = document.Blocks.Skip(last.Index + 1).ToList();

        var casing = new NameCasing(vocabulary);
        var headerLines = HeaderLines(pre, first, located.HeaderRow);
        var header = new HeaderBlockReader(casing).Read(headerLines);
        var prose = pre.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        var (title, afterTitle) = Title(prose, headerLines);
        var schoolYear = SchoolYearOf(title) ?? prose.Select(SchoolYearOf).FirstOrDefault(y => y is not null) ?? YearOfDate(header.IssuedOn);

        var sections = SplitSections(prose.Skip(afterTitle).ToList());
        var legal = LegalBasisReader.ReadPreamble(sections.Preamble, vocabulary);
        legal.AddRange(LegalBasisReader.ReadSection(sections.Of(SectionKind.LegalBases), vocabulary));
        var (selfAssessment, weakTitles) = SelfAssessmentReader.Read(prose.Skip(afterTitle).ToList(), schoolYear);

        var cellTexts = located.Segments.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.IsBlank).Select(c => c.Text!).ToList();
        var postProse = LeakedTableText.Remove(post.OfType<SourceParagraph>().Select(p => p.Text).ToList(), cellTexts);
        var closing = post.OfType<SourceTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.IsSpanned).Select(c => c.Lines).ToList();
        var (recipients, signer) = SignatureReader.Read(closing);
        if (recipients.Count == 0 && signer is null) (recipients, signer) = SignatureReader.ReadParagraphs(postProse);

        var places = new PlaceInference(vocabulary);
        var province = places.Province([header.GoverningBody, .. header.BodyLines, .. legal.Select(l => l.Text), .. recipients, .. prose, .. postProse]);
        var schoolName = header.School ?? SchoolFromText(prose.Concat(postProse), casing);
        var level = places.Level(schoolName, legal.Select(l => l.Reference));
        var framework = places.LaterFramework(legal.Select(l => l.Reference))
            ?? places.Framework(level ?? SchoolLevels.Primary);

        var reader = new PlanRowReader(file, vocabulary, overrides, framework is null || lookup is null ? null : title => lookup(framework, title));
        reader.Read(located, columns);
        var warnings = new List<ImportMessage>(reader.Warnings);
        postProse = CellPieces.Reattach(postProse, reader.Items, file, warnings);
        var postSections = SplitSections(postProse);
        var organization = new OrganizationReader(vocabulary).Read(postSections.Of(SectionKind.Organization).Concat(sections.Of(SectionKind.Organization)).ToList());
        var items = reader.Items.Select(d => ItemFactory.Build(d, schoolYear, columns, weakTitles, file, warnings)).ToList();
        var sources = reader.Items.Select((d, i) => new ItemSource(i, d.Table, d.SourceRowIndex, d.Rows)).ToList();


        var errors = new List<ImportMessage>(reader.Errors);
        var purposes = ListItems.Collect(sections.Of(SectionKind.Purposes));
        warnings.AddRange(MissingParts(file, schoolName, level, schoolYear, purposes.Count, legal.Count, organization.Count));
        if (items.Count == 0) errors.Add(new ImportMessage("Bảng kế hoạch không có dòng nào đọc được.", new SourceLocation(file, first.TableNumber)));
        foreach (var column in columns.Where(c => c.Field is null && !string.IsNullOrWhiteSpace(c.HeaderText)))
            warnings.Add(new ImportMessage($"Cột \"{column.HeaderText}\" không khớp với trường nào của kế hoạch; nội dung cột này chưa được đưa vào.",
                new SourceLocation(file, first.TableNumber, Column: column.ColumnIndex + 1)));

        var proseSections = ProseSectionReader.Read(prose.Skip(afterTitle).Concat(postProse));
        var plan = new PlanDocument
        {
            School = new SchoolInfo { Name = schoolName ?? "", Level = level ?? SchoolLevels.Primary, GoverningBody = header.GoverningBody, Place = header.Place, Province = province },
            SchoolYear = schoolYear ?? "",
            Framework = framework,
            DocumentNumber = header.DocumentNumber,
            IssuedOn = header.IssuedOn,
            Title = title,
            Purposes = purposes,
            LegalBases = legal,
            SelfAssessment = selfAssessment,
            Items = items,
            Organization = organization,
            Recipients = recipients,
            Signer = signer,
            SectionHeadings = prose.Skip(afterTitle).Concat(postProse).Where(p => SectionHeadings.Classify(p) is not null).ToList(),
            Sections = proseSections.Count > 0 ? proseSections : null,
            TargetCriteria = ProseSectionReader.TargetCriteria(proseSections),
            ColumnHeadings = DiffersFromTemplate(columns) ? columns.Select(c => c.HeaderText).ToList() : null,
        };
        return new ImportResult { Plan = plan, Warnings = warnings, Errors = errors, Columns = columns, ItemSources = sources, UnplacedCells = reader.Unplaced };
    }

    /// <summary>The columns of the CV 5932 template table (criterion, target, tasks, lead, time, budget, support, notes).</summary>
    private static readonly HashSet<string> TemplateFields = ["criterion", "targetResult", "tasks", "lead", "timeText", "budgetText", "support", "notes"];

    private static bool DiffersFromTemplate(IReadOnlyList<ColumnMapping> columns)
    {
        var fields = columns.Select(c => c.Field is "timeStart" or "timeEnd" ? "timeText" : c.Field)
            .Where(f => f is not null and not "sequence" and not "standard").Select(f => f!).ToHashSet();
        return !fields.SetEquals(TemplateFields);
    }

    /// <summary>What the user should fill in or check in the preview because the file did not say it.</summary>
    private static IEnumerable<ImportMessage> MissingParts(string file, string? schoolName, string? level, string? schoolYear,
        int purposes, int legalBases, int roles)
    {
        var here = new SourceLocation(file);
        if (schoolName is null) yield return new("Không tìm thấy tên trường trong phần đầu văn bản; hãy nhập tên trường.", here);
        if (level is null) yield return new("Không xác định được cấp học từ tên trường; tạm coi là Tiểu học.", here);
        if (schoolYear is null) yield return new("Không tìm thấy năm học (dạng 2024 - 2025) trong tiêu đề; hãy nhập năm học.", here);
        if (purposes == 0) yield return new("Không tìm thấy phần Mục đích, yêu cầu; hãy bổ sung nếu kế hoạch có.", here);
        if (legalBases == 0) yield return new("Không tìm thấy căn cứ xây dựng kế hoạch; hãy bổ sung nếu kế hoạch có.", here);
        if (roles == 0) yield return new("Không tìm thấy phần Tổ chức thực hiện; hãy bổ sung nếu kế hoạch có.", here);
    }

    /// <summary>Lines of the header block: a table before the title (left cells, then right), or for a sheet the
    /// rows above the table's header row.</summary>
    private static List<string> HeaderLines(List<SourceBlock> pre, SourceTable planTable, int headerRow)
    {
        var lines = new List<string>();
        var titleAt = pre.FindIndex(b => b is SourceParagraph p && VietnameseText.Fold(p.Text).StartsWith("ke hoach", StringComparison.Ordinal));
        var top = titleAt < 0 ? pre : pre.Take(titleAt).ToList();
        if (top.OfType<SourceTable>().FirstOrDefault(t => t.Rows.Count <= 4) is { } headerTable)
            foreach (var row in headerTable.Rows)
                foreach (var cell in row.Cells.Where(c => !c.IsSpanned && !c.IsMergedFromAbove))
                    lines.AddRange(cell.Lines);
        else
            lines.AddRange(top.OfType<SourceParagraph>().Select(p => p.Text).Take(12));
        foreach (var row in planTable.Rows.Take(headerRow))
            lines.AddRange(row.Cells.Where(c => !c.IsSpanned && !c.IsMergedFromAbove && !c.IsBlank).Select(c => c.Text!));
        return lines;
    }

    /// <summary>The title: "KẾ HOẠCH" and the lines right after it, up to a blank line or a section.</summary>
    private static (string? Title, int After) Title(List<string> prose, List<string> headerLines)
    {
        var start = prose.FindIndex(p => VietnameseText.Fold(p).StartsWith("ke hoach", StringComparison.Ordinal) && p.Length <= 200);
        if (start < 0)
        {
            var line = headerLines.FirstOrDefault(l => VietnameseText.Fold(l).StartsWith("ke hoach", StringComparison.Ordinal));
            return (line is null ? null : VietnameseText.CollapseSpaces(line), 0);
        }
        var end = start + 1;
        while (end < prose.Count && end - start < 4 && prose[end].Length is > 0 and <= 120
               && SectionHeadings.Classify(prose[end]) is null && !LegalBasisReader.StartsWithCanCu(prose[end])
               && !LabelledLine().IsMatch(prose[end]))
            end++;
        return (VietnameseText.JoinLines(prose.Skip(start).Take(end - start)), end);
    }

    private sealed record Sections(List<string> Preamble, List<(SectionKind Kind, string Text)> Body)
    {
        public IEnumerable<string> Of(SectionKind kind) => Body.Where(b => b.Kind == kind).Select(b => b.Text);
    }

    private static Sections SplitSections(List<string> paragraphs)
    {
        var preamble = new List<string>();
        var body = new List<(SectionKind, string)>();
        SectionKind? current = null;
        foreach (var p in paragraphs.Where(p => p.Length > 0))
        {
            if (SectionHeadings.Classify(p) is { } kind) { current = kind; continue; }
            if (current is null) preamble.Add(p);
            else body.Add((current.Value, p));
        }
        return new Sections(preamble, body);
    }

    private static string? SchoolYearOf(string? text)
    {
        if (text is null) return null;
        foreach (Match m in SchoolYearPattern().Matches(text))
            if (int.Parse(m.Groups[2].Value) == int.Parse(m.Groups[1].Value) + 1) return $"{m.Groups[1].Value}-{m.Groups[2].Value}";
        return null;
    }

    private static string? YearOfDate(DateOnly? date) =>
        date is { } d ? (d.Month >= 8 ? $"{d.Year}-{d.Year + 1}" : $"{d.Year - 1}-{d.Year}") : null;

    private static string? SchoolFromText(IEnumerable<string> paragraphs, NameCasing casing)
    {
        foreach (var p in paragraphs)
        {
            var m = SchoolPattern().Match(p);
            if (m.Success) return casing.School(m.Value.TrimEnd('.', ',', ';'));
        }
        return null;
    }

    /// <summary>"Tên trường: …", "Số: …": a label and its value, never part of the title.</summary>
    [GeneratedRegex(@"^[\p{L} ]{2,30}:\s*\S")]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")]
    private static partial Regex SchoolYearPattern();

    [GeneratedRegex(@"Trường (?:Tiểu học|Mầm non|Mẫu giáo|THCS|THPT|Trung học cơ sở|Trung học phổ thông)(?: \p{Lu}[\p{L}]*)+")]
    private static partial Regex SchoolPattern();
}
