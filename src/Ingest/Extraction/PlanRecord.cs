using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Ingest.Extraction;

/// <summary>Everything extracted from one file: its documents in reading order.</summary>
public sealed record PlanRecord(string Source, IReadOnlyList<PlanDocument> Documents)
{
    /// <summary>
    /// The JSON options of the schema: snake_case names, nulls written (a blank number is
    /// <c>null</c>, not absent), Vietnamese written as itself rather than \u escapes.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static PlanRecord FromJson(string json) =>
        JsonSerializer.Deserialize<PlanRecord>(json, JsonOptions) ?? throw new JsonException("empty record");
}
