using CaiTien.Documents.Letters;
using CaiTien.Documents.Letters.Docx;
using CaiTien.Documents.Letters.Pdf;
using static CaiTien.Documents.Reports.ReportBlocks;

namespace CaiTien.Documents.Reports;

/// <summary>Lays out a <see cref="SelfAssessmentReport"/> in the order its layout gives, as a letter document that the
/// Word and PDF renderers draw. Nothing here knows a circular: every title comes from the layout. Missing parts
/// become visible bracketed gaps and a warning, never an exception.</summary>
public sealed class ReportComposer
{
    private readonly SelfAssessmentReport _report;
    private readonly ReportWarnings _warnings = new();
    private readonly List<LetterSection> _sections = [];
    private readonly List<(int Depth, string Title)> _contents = [];
    private List<Block> _current = [];
    private int _contentsSection = -1;

    private ReportComposer(SelfAssessmentReport report) => _report = report;

    public static LetterDocument Compose(SelfAssessmentReport report, ICollection<string> warnings)
    {
        var composer = new ReportComposer(report);
        var document = composer.Build();
        foreach (var w in composer._warnings.Lines()) warnings.Add(w);
        return document;
    }

    public static void WriteDocx(LetterDocument document, Stream output) => DocxLetterRenderer.Render(document, output, "Báo cáo tự đánh giá");

    public static void WritePdf(LetterDocument document, Stream output) => PdfLetterRenderer.Render(document, output, "Báo cáo tự đánh giá");

    private LetterDocument Build()
    {
        foreach (var part in _report.Layout.Parts)
        {
            if (part.NewPage) NewSection();
            switch (part.Kind)
            {
                case "cover": Cover(); NewSection(); break;
                case "contents": _contentsSection = _sections.Count; NewSection(); break;
                case "summary": Heading(0, part.Title); _current.Add(SummaryTable(_report.Summary)); _current.Add(LetterParagraphs.Body($"Mức đánh giá của trường: {_report.Summary.SchoolLevelText}.", bold: true)); break;
                case "facts": Facts(part); break;
                case "heading": Heading(0, part.Title); break;
                case "text": Text(part); break;
                case "standards": Standards(part); break;
                case "criterionSheets": CriterionSheets(part); break;
                case "evidenceList": EvidenceList(part); break;
                default: _warnings.Add("Cấu trúc báo cáo", $"phần “{part.Kind}” không được hỗ trợ, bỏ qua"); break;
            }
        }
        NewSection();
        if (_contentsSection >= 0) _sections.Insert(_contentsSection, new LetterSection(PageOrientation.Portrait, ContentsBlocks()));
        if (_sections.Count == 0) _sections.Add(new LetterSection(PageOrientation.Portrait, [Gap("Báo cáo chưa có nội dung")]));
        return new LetterDocument(_sections);
    }

    private void NewSection()
    {
        if (_current.Count == 0) return;
        _sections.Add(new LetterSection(PageOrientation.Portrait, _current));
        _current = [];
    }

    private void Heading(int depth, string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return;
        _contents.Add((depth, title));
        _current.Add(depth == 0 ? Title(title, LetterStyle.BodySizePt) : LetterParagraphs.Heading(title));
    }

    private List<Block> ContentsBlocks()
    {
        var title = _report.Layout.Parts.First(p => p.Kind == "contents").Title ?? "MỤC LỤC";
        var blocks = new List<Block> { Title(title) };
        blocks.AddRange(_contents.Select(c => new ParagraphBlock([new TextSpan(c.Title, Bold: c.Depth == 0)])
        {
            Alignment = TextAlignment.Left, FirstLineIndentPt = c.Depth * 14, SpaceAfterPt = 2, SizePt = LetterStyle.TableSizePt + 1,
        }));
        return blocks;
    }

    private void Cover()
    {
        var c = _report.Cover;
        if (!string.IsNullOrWhiteSpace(c.GoverningBody)) _current.Add(Centered(c.GoverningBody.Trim().ToUpperInvariant(), size: LetterStyle.AgencySizePt + 1));
        _current.Add(Centered(c.SchoolName.Trim().ToUpperInvariant(), bold: true));
        _current.Add(new SpacerBlock(180));
        _current.Add(Title(_report.Layout.DocumentTitle, 24));
        _current.Add(Centered($"Năm học {c.SchoolYear}", bold: true));
        _current.Add(Centered($"(theo Thông tư {c.Circular})", italic: true));
        _current.Add(new SpacerBlock(220));
        var year = c.Date?.Year.ToString() ?? c.SchoolYear[^4..];
        _current.Add(Centered(string.IsNullOrWhiteSpace(c.Place) ? $"Năm {year}" : $"{c.Place.Trim()}, năm {year}", bold: true));
    }

    private void Facts(ReportPart part)
    {
        Heading(0, part.Title);
        var missing = new List<string>();
        _current.Add(FactsTable(_report.Facts, missing));
        foreach (var m in missing) _warnings.Add("Cơ sở dữ liệu chưa nhập", m);
    }

    private void Text(ReportPart part)
    {
        Heading(0, part.Title);
        var text = part.Key switch { "introduction" => _report.Introduction, "conclusion" => _report.Conclusion, _ => null };
        Write(text, $"Chưa viết phần “{part.Title}”", "Phần chưa viết", part.Title ?? part.Key ?? "");
    }

    private void Write(string? text, string gap, string warningKind, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _current.Add(Gap(gap));
            _warnings.Add(warningKind, where);
            return;
        }
        _current.AddRange(Paragraphs(text));
    }

    private void Standards(ReportPart part)
    {
        Heading(0, part.Title);
        foreach (var standard in _report.Standards)
        {
            Heading(1, Fill(part.StandardTitle, standard));
            foreach (var item in part.Items ?? []) StandardItem(part, item, standard);
        }
    }

    private void StandardItem(ReportPart part, ReportPart item, ReportStandard standard)
    {
        var title = item.Title is null ? null : Fill(item.Title, standard);
        switch (item.Kind)
        {
            case "opening":
            case "closing":
                if (title is not null) _current.Add(Sub(title));
                Write(item.Kind == "opening" ? standard.Opening : standard.Closing, $"Chưa viết “{title}”",
                    item.Kind == "opening" ? $"Tiêu chuẩn chưa có “{item.Title}”" : "Tiêu chuẩn chưa có kết luận", $"Tiêu chuẩn {standard.Number}");
                break;
            case "criteria":
                foreach (var criterion in standard.Criteria)
                {
                    Heading(2, Fill(part.CriterionTitle, criterion));
                    foreach (var sub in item.Items ?? []) CriterionItem(sub, criterion);
                }
                break;
            case "strengths":
            case "weaknesses":
            case "plan":
                if (title is not null) _current.Add(Sub(title));
                var lines = standard.Criteria.SelectMany(c => CriterionLines(item.Kind, c).Select(l => $"Tiêu chí {c.Code}: {l}")).ToList();
                if (lines.Count == 0) _current.Add(Gap($"Chưa có nội dung “{title}”"));
                _current.AddRange(lines.Select(l => LetterParagraphs.Body(l)));
                break;
            default:
                _warnings.Add("Cấu trúc báo cáo", $"mục “{item.Kind}” của tiêu chuẩn không được hỗ trợ, bỏ qua");
                break;
        }
    }

    private static IEnumerable<string> CriterionLines(string kind, ReportCriterion c) => kind switch
    {
        "strengths" => Lines(c.Strengths),
        "weaknesses" => Lines(c.Weaknesses),
        _ => c.PlanLines,
    };

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private void CriterionItem(ReportPart item, ReportCriterion c)
    {
        var where = $"Tiêu chí {c.Code}";
        if (item.Title is not null && item.Kind != "requirements") _current.Add(Sub(item.Title));
        switch (item.Kind)
        {
            case "requirements":
                foreach (var level in c.Requirements.GroupBy(r => r.Level))
                {
                    _current.Add(new ParagraphBlock([new TextSpan($"Mức {level.Key}:", Bold: true, Italic: true)]) { Alignment = TextAlignment.Left, KeepWithNext = true });
                    _current.AddRange(level.Select(r => new ParagraphBlock([new TextSpan(r.Text, Italic: true)]) { FirstLineIndentPt = LetterStyle.FirstLineIndentPt }));
                }
                break;
            case "description":
                Write(c.Description, "Chưa viết mô tả hiện trạng", "Chưa có mô tả hiện trạng", where);
                var uncited = c.EvidenceCodes.Where(code => c.Description?.Contains(code, StringComparison.OrdinalIgnoreCase) != true).ToList();
                if (uncited.Count > 0) _current.Add(LetterParagraphs.Body("Minh chứng: " + string.Join("; ", uncited.Select(_report.Layout.Cite)) + "."));
                else if (c.EvidenceCodes.Count == 0) _warnings.Add("Tiêu chí chưa có minh chứng", where);
                break;
            case "strengths":
                Write(c.Strengths, "Chưa viết điểm mạnh", "Chưa có điểm mạnh", where);
                break;
            case "weaknesses":
                if (string.IsNullOrWhiteSpace(c.Weaknesses)) _current.Add(Gap("Chưa viết điểm yếu"));
                else _current.AddRange(Paragraphs(c.Weaknesses));
                break;
            case "plan":
                if (c.PlanLines.Count > 0) _current.AddRange(c.PlanLines.Select(l => LetterParagraphs.Body(l)));
                else if (!string.IsNullOrWhiteSpace(c.Weaknesses))
                {
                    _current.Add(Gap("Chưa có dòng kế hoạch cải tiến cho điểm yếu của tiêu chí này"));
                    _warnings.Add("Điểm yếu chưa có trong kế hoạch cải tiến", where);
                }
                else _current.Add(LetterParagraphs.Body("Không có nội dung cải tiến trong kế hoạch năm học."));
                break;
            case "rating":
                _current.Add(RatingGrid(c));
                _current.Add(LetterParagraphs.Body($"Kết quả: {c.LevelText}.", bold: true));
                if (!c.Rated) _warnings.Add("Tiêu chí chưa đánh giá", where);
                break;
            default:
                _warnings.Add("Cấu trúc báo cáo", $"mục “{item.Kind}” của tiêu chí không được hỗ trợ, bỏ qua");
                break;
        }
    }

    private void CriterionSheets(ReportPart part)
    {
        Heading(1, part.Title);
        foreach (var c in _report.Standards.SelectMany(s => s.Criteria))
        {
            _current.Add(Sub($"Phiếu đánh giá tiêu chí {c.Code}: {c.Title}"));
            _current.Add(RatingGrid(c));
            _current.Add(LetterParagraphs.Body($"Kết quả: {c.LevelText}.", bold: true));
            _current.Add(SignatureTable());
        }
    }

    private void EvidenceList(ReportPart part)
    {
        Heading(1, part.Title);
        if (_report.Evidence.Count == 0) _current.Add(Gap("Chưa có minh chứng nào"));
        else _current.Add(EvidenceTable(_report.Evidence));
    }

    private static string Fill(string template, ReportStandard s) =>
        template.Replace("{number}", s.Number.ToString()).Replace("{title}", s.Title);

    private static string Fill(string template, ReportCriterion c) =>
        template.Replace("{code}", c.Code).Replace("{title}", c.Title);
}

/// <summary>Warnings grouped by kind ("Chưa có mô tả hiện trạng: Tiêu chí 1.1, Tiêu chí 1.2"), so a report with many
/// gaps gives a short list.</summary>
internal sealed class ReportWarnings
{
    private readonly Dictionary<string, List<string>> _byKind = [];

    public void Add(string kind, string where)
    {
        if (!_byKind.TryGetValue(kind, out var list)) _byKind[kind] = list = [];
        if (!list.Contains(where)) list.Add(where);
    }

    public IEnumerable<string> Lines() => _byKind.Select(k => $"{k.Key}: {string.Join(", ", k.Value)}.");
}
