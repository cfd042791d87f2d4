namespace Ingest.Extraction;

/// <summary>
/// One document of a file (a plan, its cover letter, its attached outline), in the shape of
/// design/plan-schema.md.
/// </summary>
public sealed record PlanDocument
{
    /// <summary>The type as written in Vietnamese: "Kế hoạch", "Công văn", "Đề cương"…</summary>
    public required string Kind { get; init; }

    /// <summary>"11325/KH-UBND"; null when blank or unreadable — never a guess.</summary>
    public string? Number { get; init; }

    /// <summary>
    /// What was read in the number's place when it is not sure enough to be the number (digits
    /// written by hand, read with low confidence): a candidate for a person to confirm; <see cref="Number"/> is then null.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? NumberRead { get; init; }

    /// <summary>OCR's confidence (0–100) in the least sure digit group of <see cref="NumberRead"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double? NumberConfidence { get; init; }

    public string? Issuer { get; init; }

    /// <summary>
    /// Fields read from the document's own words because it has no header ("kind", "issuer",
    /// "title"): said so, for the archivist to check. Empty (and not written) for a document with a header.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<string>? FromBody { get; init; }
    public string? Place { get; init; }
    public PartialDate? IssuedOn { get; init; }
    public string? Title { get; init; }
    public Period? Period { get; init; }
    public Signer? Signer { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    public IReadOnlyList<Quota> Quotas { get; init; } = [];
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>
    /// The fields a person set (issue 18: "number", "title", "deadlines"…): their values are the
    /// person's and win over what the machine reads, on every reprocess. Not written when none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<string>? Corrected { get; init; }

    /// <summary>True once an archivist has checked the record against the pages. Not written when false.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Reviewed { get; init; }

    /// <summary>1-based page of the file where the document starts (not part of the schema's JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Page { get; init; } = 1;

    /// <summary>The document's own text, NFC, lines joined by '\n' (indexed for search; not part of the schema's JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Text { get; init; } = "";
}

/// <summary>"giai đoạn 2021 - 2025".</summary>
public sealed record Period(int From, int To);

/// <summary>The signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Hòa Hiệp".</summary>
public sealed record Signer(string? Name, string? Title, string? Authority);

/// <summary>Another document this one cites, once per distinct number.</summary>
public sealed record Reference(string Kind, string Number, PartialDate? Date, string? Issuer, ReferenceRelation Relation);

/// <summary>A dated obligation.</summary>
public sealed record Deadline
{
    public required PartialDate Due { get; init; }
    public string Precision => Due.Precision;
    public required DeadlineQualifier Qualifier { get; init; }
    public PartialDate? Start { get; init; }
    public required string Action { get; init; }
    public IReadOnlyList<string> Responsible { get; init; } = [];
    public string? Section { get; init; }
}

/// <summary>A numeric allocation of awards, nominations or places.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(QuotaJsonConverter))]
public sealed record Quota
{
    /// <summary>One holder, or several when <see cref="Each"/> is true.</summary>
    public required IReadOnlyList<string> Holder { get; init; }
    public bool Each { get; init; }

    /// <summary>The number, fractions kept: "trồng rừng tập trung 2,5 ha" (corpus/blind au04, an02) is 2.5.</summary>
    public required decimal Count { get; init; }
    public required string Unit { get; init; }
    public string? Purpose { get; init; }
}

/// <summary>A quantitative goal: "giảm tỷ lệ hộ nghèo … còn dưới 1%".</summary>
public sealed record Target(string Indicator, string Comparator, decimal Value, string? Unit, string? By);
