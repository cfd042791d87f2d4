using Ingest.Catalog;

namespace Ingest.Tests.Catalog;

/// <summary>Accounts, tokens, login links and the audit trail in a real SQLite catalog (issue 17).</summary>
public sealed class AccountStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly PlanCatalog _catalog;

    public AccountStoreTests() => _catalog = PlanCatalog.Open(Path.Combine(_dir.Path, "catalog.db"));

    public void Dispose()
    {
        _catalog.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void A_password_is_stored_hashed_and_only_the_right_one_signs_in()
    {
        _catalog.Accounts.Add("lan", AccountRole.Archivist, "mật khẩu đủ dài 2026");
        Assert.Equal("lan", _catalog.Accounts.SignIn("lan", "mật khẩu đủ dài 2026")?.Name);
        Assert.Null(_catalog.Accounts.SignIn("lan", "mật khẩu sai 2026"));
        Assert.Null(_catalog.Accounts.SignIn("nobody", "mật khẩu đủ dài 2026"));
        var stored = Column("SELECT password_hash FROM accounts").Single();
        Assert.DoesNotContain("mật khẩu", stored, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", stored, StringComparison.Ordinal); // Identity's v3 format: PBKDF2 with its salt and count
        Assert.Throws<ArgumentException>(() => _catalog.Accounts.Add("lan", AccountRole.Reader, "another long password"));
    }

    [Fact]
    public void A_token_works_until_revoked_and_only_its_hash_is_kept()
    {
        var (token, secret) = _catalog.Accounts.CreateToken("nightly-import", AccountRole.Archivist);
        Assert.Equal(new Caller("token:nightly-import", AccountRole.Archivist), _catalog.Accounts.Authenticate(secret));
        Assert.Null(_catalog.Accounts.Authenticate(secret + "x"));
        Assert.NotEqual(secret, Column("SELECT token_hash FROM api_tokens").Single());
        Assert.Equal(1, _catalog.Accounts.RevokeToken(token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(_catalog.Accounts.Authenticate(secret));
        Assert.NotNull(_catalog.Accounts.Tokens().Single().RevokedAt);
    }

    [Fact]
    public void The_first_admins_link_signs_in_once_and_never_after_it_expires()
    {
        var link = _catalog.Accounts.FirstAdmin(TimeSpan.FromDays(1));
        Assert.NotNull(link);
        Assert.Null(_catalog.Accounts.FirstAdmin(TimeSpan.FromDays(1))); // there is an account now
        var admin = _catalog.Accounts.RedeemLoginLink(link);
        Assert.Equal(("admin", AccountRole.Admin, false), (admin?.Name, admin?.Role, admin?.HasPassword));
        Assert.Null(_catalog.Accounts.RedeemLoginLink(link));

        var expired = _catalog.Accounts.CreateLoginLink("admin", TimeSpan.FromMinutes(-1));
        Assert.Null(_catalog.Accounts.RedeemLoginLink(expired));
    }

    private List<string> Column(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir.Path, "catalog.db")}");
        connection.Open();
        return TableDump.Rows(connection, sql);
    }

    [Fact]
    public void Roles_hold_the_ones_below_them()
    {
        Assert.True(new Caller("a", AccountRole.Admin).May(AccountRole.Archivist));
        Assert.True(new Caller("b", AccountRole.Archivist).May(AccountRole.Reader));
        Assert.False(new Caller("c", AccountRole.Reader).May(AccountRole.Archivist));
        Assert.False(new Caller("d", AccountRole.Archivist).May(AccountRole.Admin));
    }

    [Fact]
    public void The_audit_trail_keeps_who_did_what_to_a_file()
    {
        _catalog.Accounts.Record("lan", "upload", 7, "a05-200.pdf");
        _catalog.Accounts.Record("token:nightly-import", "retry", 7);
        _catalog.Accounts.Record("lan", "upload", 8);
        var trail = _catalog.Accounts.AuditOf(7);
        Assert.Equal([("lan", "upload"), ("token:nightly-import", "retry")], trail.Select(a => (a.Actor, a.Action)));
    }
}
