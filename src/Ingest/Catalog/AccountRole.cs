using System.Text.Json.Serialization;

namespace Ingest.Catalog;

/// <summary>
/// What a person or a script may do in the archive; each role holds the ones below it (issue 17):
/// a reader searches, views and exports; an archivist also uploads, corrects, deletes and retries;
/// an admin also manages accounts and the jobs dashboard.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountRole>))]
public enum AccountRole
{
    [JsonStringEnumMemberName("reader")]
    Reader = 1,

    [JsonStringEnumMemberName("archivist")]
    Archivist = 2,

    [JsonStringEnumMemberName("admin")]
    Admin = 3,
}
