namespace Ingest.Extraction;

/// <summary>
/// The schema's names of its enumerations, as JSON, CSV and the catalog write them ("issued_by",
/// "from_to"), and back.
/// </summary>
public static class SchemaName
{
    /// <summary>"basis", "issued_by", "mention".</summary>
    public static string Of(ReferenceRelation relation) => relation switch
    {
        ReferenceRelation.Basis => "basis",
        ReferenceRelation.IssuedBy => "issued_by",
        ReferenceRelation.Mention => "mention",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>"before", "in", "on", "from_to".</summary>
    public static string Of(DeadlineQualifier qualifier) => qualifier switch
    {
        DeadlineQualifier.Before => "before",
        DeadlineQualifier.In => "in",
        DeadlineQualifier.On => "on",
        DeadlineQualifier.FromTo => "from_to",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };
}
