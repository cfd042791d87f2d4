namespace Ingest.Catalog;

/// <summary>Who is asking: an account signed in (its name), or a script with a token ("token:NAME").</summary>
public sealed record Caller(string Name, AccountRole Role)
{
    /// <summary>True when this caller's role holds <paramref name="needed"/> (an admin is also an archivist and a reader).</summary>
    public bool May(AccountRole needed) => Role >= needed;
}
