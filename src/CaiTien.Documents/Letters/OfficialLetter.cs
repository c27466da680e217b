namespace CaiTien.Documents.Letters;

/// <summary>The parts of an administrative letter that Nghị định 30 fixes around its content: issuer, number,
/// place and date, type and summary, recipients and signer. Plain data, so a plan, a monitoring report or a
/// council decision can all be framed the same way by <see cref="OfficialLetterFrame"/>.</summary>
public sealed record OfficialLetter
{
    /// <summary>Cơ quan, tổ chức chủ quản trực tiếp, e.g. "UBND huyện Dầu Tiếng" (printed in capitals).</summary>
    public string? GoverningBody { get; init; }

    /// <summary>Cơ quan ban hành, e.g. "Trường Tiểu học Định Phước" (printed in bold capitals).</summary>
    public string IssuerName { get; init; } = "";

    /// <summary>Số và ký hiệu, e.g. "56/KH-THĐP". Missing: a visible blank "…/KH-…".</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Abbreviation of the document type used in the blank number ("KH", "QĐ", "BC").</summary>
    public string TypeAbbreviation { get; init; } = "KH";

    public string? Place { get; init; }
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Tên loại văn bản, e.g. "KẾ HOẠCH", "QUYẾT ĐỊNH".</summary>
    public string DocumentType { get; init; } = "KẾ HOẠCH";

    /// <summary>Trích yếu nội dung, e.g. "Cải tiến chất lượng giáo dục năm học 2024 - 2025".</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];
    public LetterSigner? Signer { get; init; }
}

/// <summary>Signer block: optional authority ("KT. HIỆU TRƯỞNG"), title ("PHÓ HIỆU TRƯỞNG") and name.</summary>
public sealed record LetterSigner(string Title, string? Name, string? Authority = null);
