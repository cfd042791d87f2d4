using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Extraction;

/// <summary>
/// A date known to the day, the month or only the year, as plans state them
/// ("trước ngày 30/11/2023", "trong tháng 11 năm 2023", "Năm 2018:"). Written as ISO:
/// "2023-11-30", "2023-11", "2018".
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>"day", "month" or "year".</summary>
    public string Precision => Day is not null ? "day" : Month is not null ? "month" : "year";

    /// <summary>Builds a date only when the parts form a real calendar date.</summary>
    public static PartialDate? Create(int year, int? month, int? day)
    {
        if (year is < 1900 or > 2100)
        {
            return null;
        }
        if (month is null)
        {
            return day is null ? new PartialDate(year) : null;
        }
        if (month is < 1 or > 12)
        {
            return null;
        }
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            return null;
        }
        return new PartialDate(year, month, day);
    }

    /// <summary>Parses "2023-11-30", "2023-11" or "2023".</summary>
    public static PartialDate? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }
        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm))
            {
                return null;
            }
            m = mm;
        }
        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd))
            {
                return null;
            }
            d = dd;
        }
        return Create(y, m, d);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Day is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes <see cref="PartialDate"/> as its ISO string.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.Number
            ? reader.GetInt32().ToString(CultureInfo.InvariantCulture)
            : reader.GetString();
        return PartialDate.ParseIso(text) ?? throw new JsonException($"not an ISO date: '{text}'");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
