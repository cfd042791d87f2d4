using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Extraction;

/// <summary>
/// A quota's holder is a string for one unit and a list when one allocation applies to each of
/// several ("Mỗi cơ quan…"), as in plan-schema.md.
/// </summary>
public sealed class HolderJsonConverter : JsonConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }
        return JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? [];
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
            return;
        }
        writer.WriteStartArray();
        foreach (var v in value)
        {
            writer.WriteStringValue(v);
        }
        writer.WriteEndArray();
    }
}
