using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Extraction;

/// <summary>
/// Writes a quota as plan-schema.md shows it: <c>holder</c> is a list when <c>each</c> is true
/// (one allocation for each of several, or for a class: ["các huyện, thị xã, thành phố"]) and a
/// string otherwise. Reads either form.
/// </summary>
public sealed class QuotaJsonConverter : JsonConverter<Quota>
{
    /// <inheritdoc />
    public override Quota Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        var holderElement = root.GetProperty("holder");
        IReadOnlyList<string> holder = holderElement.ValueKind == JsonValueKind.Array
            ? [.. holderElement.EnumerateArray().Select(e => e.GetString() ?? "")]
            : [holderElement.GetString() ?? ""];
        return new Quota
        {
            Holder = holder,
            Each = root.TryGetProperty("each", out var each) && each.ValueKind == JsonValueKind.True,
            Count = root.GetProperty("count").GetDecimal(),
            Unit = root.GetProperty("unit").GetString() ?? "",
            Purpose = root.TryGetProperty("purpose", out var purpose) && purpose.ValueKind == JsonValueKind.String ? purpose.GetString() : null,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Quota value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("holder");
        if (value.Each || value.Holder.Count != 1)
        {
            writer.WriteStartArray();
            foreach (var h in value.Holder)
            {
                writer.WriteStringValue(h);
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStringValue(value.Holder[0]);
        }
        writer.WriteBoolean("each", value.Each);
        writer.WriteNumber("count", value.Count);
        writer.WriteString("unit", value.Unit);
        if (value.Purpose is null)
        {
            writer.WriteNull("purpose");
        }
        else
        {
            writer.WriteString("purpose", value.Purpose);
        }
        writer.WriteEndObject();
    }
}
