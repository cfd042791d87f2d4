using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Ingest.Text;

/// <summary>
/// The names an enumeration is written with — in JSON, CSV and the catalog's columns — as its
/// members' <see cref="JsonStringEnumMemberNameAttribute"/> give them ("issued_by", "from_to",
/// "done"): one place per name, read by the JSON converter and by everything else.
/// </summary>
public static class EnumNames
{
    /// <summary>The written name of <paramref name="value"/>.</summary>
    public static string Name<T>(this T value) where T : struct, Enum =>
        Table<T>.Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no written name for it");

    /// <summary>The member written as <paramref name="name"/>, or null for any other text.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum =>
        name is not null && Table<T>.Values.TryGetValue(name, out var value) ? value : null;

    // Built once per enumeration from its attributes; a member without one has no written name.
    private static class Table<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Names = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Value: (T)f.GetValue(null)!, Name: f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name))
            .Where(m => m.Name is not null)
            .ToFrozenDictionary(m => m.Value, m => m.Name!);

        public static readonly FrozenDictionary<string, T> Values = Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
