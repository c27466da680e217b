namespace CaiTien.Documents.Export;

/// <summary>Options shared by the DOCX, PDF and XLSX writers. Everything here is plain data: the caller (web,
/// CLI) looks framework titles and column keys up in its catalog and passes them in.</summary>
public sealed record DocumentOptions
{
    public static DocumentOptions Default { get; } = new();

    /// <summary>An explicit column set; wins over every other source.</summary>
    public ColumnSet? ColumnSet { get; init; }

    /// <summary>When true (default) and the plan carries its own <c>columnHeadings</c>, the table uses them.</summary>
    public bool UsePlanColumnHeadings { get; init; } = true;

    /// <summary>Field keys a framework declares for its plan table (its data's <c>planColumns</c>), used when
    /// neither an explicit set nor the plan's own headings apply.</summary>
    public IReadOnlyList<string>? FrameworkPlanColumns { get; init; }

    /// <summary>Standard number → title ("Tổ chức và quản lý nhà trường"), for the grouping rows.</summary>
    public IReadOnlyDictionary<int, string>? StandardTitles { get; init; }

    /// <summary>Criterion code ("1.1") → title, used where the plan does not write the title itself.</summary>
    public IReadOnlyDictionary<string, string>? CriterionTitles { get; init; }

    /// <summary>Authority line above the signer's title, e.g. "KT. HIỆU TRƯỞNG" (Nghị định 30, mục 7b).</summary>
    public string? SignerAuthority { get; init; }
}
