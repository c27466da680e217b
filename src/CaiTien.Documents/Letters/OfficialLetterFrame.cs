using System.Globalization;

namespace CaiTien.Documents.Letters;

/// <summary>Wraps content sections in the Nghị định 30 frame: the two-column header block and the title on the
/// first page, the "Nơi nhận" and signer block after the content. Missing parts become visible blanks and a
/// Vietnamese warning, never an exception.</summary>
public static class OfficialLetterFrame
{
    public const string Blank = "…";

    /// <summary>Marks lines the frame adds that are no data of the letter (a blank number, "Lưu: VT"), so an import
    /// of the Word file does not read them back.</summary>
    public const string FixedLine = "fixed";
    private const string LongBlank = "……………………";
    private const double SignatureRoomPt = 64;

    public static LetterDocument Compose(OfficialLetter letter, IReadOnlyList<LetterSection> content, ICollection<string> warnings)
    {
        if (content.Count == 0) content = [new LetterSection(PageOrientation.Portrait, [])];
        var sections = content.ToList();
        var first = sections[0];
        sections[0] = first with { Blocks = [HeaderBlock(letter, first.Orientation, warnings), .. TitleBlocks(letter, first.Orientation), .. first.Blocks] };
        var last = sections[^1];
        sections[^1] = last with { Blocks = [.. last.Blocks, new SpacerBlock(12), ClosingBlock(letter, warnings)] };
        return new LetterDocument(sections);
    }

    public static string NumberLine(OfficialLetter letter, ICollection<string> warnings)
    {
        var number = letter.DocumentNumber?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            warnings.Add($"Chưa có số văn bản: để trống \"Số: {Blank}/{letter.TypeAbbreviation}-{Blank}\" để văn thư điền khi ban hành.");
            return $"Số: {Blank}/{letter.TypeAbbreviation}-{Blank}";
        }
        if (!number.Contains('/'))
        {
            warnings.Add($"Số văn bản \"{number}\" thiếu ký hiệu: để trống phần ký hiệu \"/{letter.TypeAbbreviation}-{Blank}\".");
            return $"Số: {PadNumber(number)}/{letter.TypeAbbreviation}-{Blank}";
        }
        var slash = number.IndexOf('/');
        return $"Số: {PadNumber(number[..slash])}{number[slash..]}";
    }

    /// <summary>"Định Hiệp, ngày 05 tháng 01 năm 2024": days below 10 and months 1 and 2 get a leading zero.</summary>
    public static string PlaceAndDateLine(OfficialLetter letter, ICollection<string> warnings)
    {
        var place = letter.Place?.Trim();
        if (string.IsNullOrEmpty(place))
        {
            warnings.Add("Chưa có địa danh ban hành: để trống trước \", ngày … tháng … năm …\".");
            place = LongBlank;
        }
        if (letter.IssuedOn is not { } date)
        {
            warnings.Add("Chưa có ngày ban hành: để trống \"ngày … tháng … năm …\".");
            return $"{place}, ngày {Blank} tháng {Blank} năm {Blank}";
        }
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {date.Year}";
    }

    public static IReadOnlyList<string> RecipientLines(IReadOnlyList<string> recipients)
    {
        var items = recipients.Select(r => r.Trim().TrimEnd(';', '.', ',').Trim()).Where(r => r.Length > 0).ToList();
        if (!items.Any(r => r.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase))) items.Add("Lưu: VT");
        return items.Select((r, i) => $"- {r}{(i == items.Count - 1 ? "." : ";")}").ToList();
    }

    private static string PadNumber(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10 ? n.ToString("00", CultureInfo.InvariantCulture) : number;

    private static string Upper(string text) => text.ToUpper(CultureInfo.InvariantCulture);

    private static Block HeaderBlock(OfficialLetter letter, PageOrientation orientation, ICollection<string> warnings)
    {
        const string nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        const string motto = "Độc lập - Tự do - Hạnh phúc";
        var textWidth = LetterStyle.TextWidthPt(orientation);
        var issuer = Upper(letter.IssuerName.Trim());
        // The right column keeps the national name on one line; the left one gets the rest, at least 38 %.
        var rightWidth = SerifFonts.EstimateWidthPt(nationalName, true, LetterStyle.NationalNameSizePt) + 12;
        var leftWidth = Math.Max(textWidth * 0.38, textWidth - rightWidth);
        var leftShare = leftWidth / textWidth;

        var left = new List<Block>();
        if (!string.IsNullOrWhiteSpace(letter.GoverningBody))
            left.Add(Centered(Upper(letter.GoverningBody.Trim()), LetterStyle.AgencySizePt));
        if (issuer.Length == 0)
        {
            warnings.Add("Chưa có tên cơ quan ban hành (tên trường).");
            issuer = LongBlank;
        }
        left.Add(Centered(issuer, LetterStyle.AgencySizePt, bold: true));
        var issuerWidth = Math.Min(SerifFonts.EstimateWidthPt(issuer, true, LetterStyle.AgencySizePt), leftWidth);
        left.Add(new RuleBlock(issuerWidth * 0.4));

        var right = new List<Block>
        {
            Centered(nationalName, LetterStyle.NationalNameSizePt, bold: true),
            Centered(motto, LetterStyle.MottoSizePt, bold: true),
            new RuleBlock(SerifFonts.EstimateWidthPt(motto, true, LetterStyle.MottoSizePt)),
        };

        var numberRow = new TableRow(
        [
            new TableCell([Centered(NumberLine(letter, warnings), LetterStyle.NumberSizePt) with { FieldKey = string.IsNullOrWhiteSpace(letter.DocumentNumber) ? FixedLine : null }]),
            new TableCell([Centered(PlaceAndDateLine(letter, warnings), LetterStyle.HeaderBlockSizePt, italic: true)]),
        ]);
        return new TableBlock([leftShare, 1 - leftShare], [new TableRow([new TableCell(left), new TableCell(right)]), numberRow])
        {
            Borders = false,
        };
    }

    private static IEnumerable<Block> TitleBlocks(OfficialLetter letter, PageOrientation orientation)
    {
        yield return new ParagraphBlock([new TextSpan(Upper(letter.DocumentType), Bold: true)])
        {
            Alignment = TextAlignment.Center, SpaceBeforePt = 18, KeepWithNext = true,
        };
        var summary = letter.Summary?.Trim();
        if (string.IsNullOrEmpty(summary)) yield break;
        yield return new ParagraphBlock([new TextSpan(summary, Bold: true)]) { Alignment = TextAlignment.Center, KeepWithNext = true };
        var width = Math.Min(SerifFonts.EstimateWidthPt(summary, true, LetterStyle.BodySizePt), LetterStyle.TextWidthPt(orientation));
        yield return new RuleBlock(width * 0.4) { SpaceAfterPt = 12 };
    }

    private static Block ClosingBlock(OfficialLetter letter, ICollection<string> warnings)
    {
        var left = new List<Block>
        {
            new ParagraphBlock([new TextSpan("Nơi nhận:", Bold: true, Italic: true)]) { Alignment = TextAlignment.Left, SizePt = LetterStyle.RecipientsLabelSizePt },
        };
        if (letter.Recipients.Count == 0) warnings.Add("Chưa có nơi nhận: chỉ ghi \"Lưu: VT\".");
        var lines = RecipientLines(letter.Recipients);
        var storageAdded = !letter.Recipients.Any(r => r.Trim().StartsWith("Lưu", StringComparison.OrdinalIgnoreCase));
        left.AddRange(lines.Select((line, i) =>
            new ParagraphBlock(line) { Alignment = TextAlignment.Left, SizePt = LetterStyle.RecipientsSizePt, FieldKey = storageAdded && i == lines.Count - 1 ? FixedLine : null }));

        var signer = letter.Signer;
        if (signer is null || string.IsNullOrWhiteSpace(signer.Title))
            warnings.Add("Chưa có chức vụ người ký: để trống để điền tay.");
        if (signer is null || string.IsNullOrWhiteSpace(signer.Name))
            warnings.Add("Chưa có họ tên người ký: để trống để điền tay.");
        var right = new List<Block>();
        if (!string.IsNullOrWhiteSpace(signer?.Authority)) right.Add(Centered(Upper(signer.Authority.Trim()), LetterStyle.BodySizePt, bold: true));
        right.Add(Centered(string.IsNullOrWhiteSpace(signer?.Title) ? LongBlank : Upper(signer.Title.Trim()), LetterStyle.BodySizePt, bold: true));
        right.Add(new SpacerBlock(SignatureRoomPt));
        right.Add(Centered(string.IsNullOrWhiteSpace(signer?.Name) ? LongBlank : signer.Name.Trim(), LetterStyle.BodySizePt, bold: true));

        return new TableBlock([0.45, 0.55], [new TableRow([new TableCell(left), new TableCell(right)])]) { Borders = false };
    }

    private static ParagraphBlock Centered(string text, double size, bool bold = false, bool italic = false) =>
        new([new TextSpan(text, bold, italic)]) { Alignment = TextAlignment.Center, SizePt = size };
}
