using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ingest.Text;
using Microsoft.AspNetCore.Identity;

namespace Ingest.Catalog;

/// <summary>
/// Accounts, API tokens, one-time login links and the audit trail, kept in the catalog (SQLite
/// or PostgreSQL alike), so every process serving one archive sees the same people. Passwords are
/// hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted,
/// versioned); tokens and links are long random secrets, stored as their SHA-256 only — a copy
/// of the catalog gives no way in.
/// </summary>
public sealed class AccountStore
{
    private const string TokenPrefix = "ingest_";
    private static readonly PasswordHasher<string> Hasher = new();
    private readonly CatalogDatabase _db;
    private readonly TimeProvider _clock;

    internal AccountStore(CatalogDatabase db, TimeProvider? clock = null) => (_db, _clock) = (db, clock ?? TimeProvider.System);

    /// <summary>How many accounts there are (none: `ingest serve` makes the first admin).</summary>
    public int Count() => Convert.ToInt32(_db.Scalar("SELECT COUNT(*) FROM accounts"), CultureInfo.InvariantCulture);

    /// <summary>
    /// When the archive has no account yet: makes the admin "admin" (no password) and returns a
    /// one-time login link's secret for it, valid for <paramref name="valid"/>; else null.
    /// </summary>
    public string? FirstAdmin(TimeSpan valid)
    {
        if (Count() > 0)
        {
            return null;
        }
        try
        {
            Add("admin", AccountRole.Admin, password: null);
        }
        catch (ArgumentException)
        {
            return null; // another process made it first
        }
        return CreateLoginLink("admin", valid);
    }

    /// <summary>All accounts, by name.</summary>
    public IReadOnlyList<Account> Accounts() => QueryAccounts("SELECT id, name, role, created_at, password_hash FROM accounts ORDER BY name");

    /// <summary>The account called <paramref name="name"/>, if any.</summary>
    public Account? Find(string name) =>
        QueryAccounts("SELECT id, name, role, created_at, password_hash FROM accounts WHERE name = @name", ("name", name)).FirstOrDefault();

    /// <summary>Adds an account; its password may come later (the first admin's does).</summary>
    /// <exception cref="ArgumentException">The name is empty or taken.</exception>
    public Account Add(string name, AccountRole role, string? password)
    {
        name = VietnameseText.Nfc(name.Trim());
        if (name.Length == 0 || name.StartsWith("token:", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' cannot be an account name", nameof(name));
        }
        if (Find(name) is not null)
        {
            throw new ArgumentException($"there is already an account named {name}", nameof(name));
        }
        _db.Run("INSERT INTO accounts(name, password_hash, role, created_at) VALUES (@name, @hash, @role, @at)",
            ("name", name), ("hash", password is null ? null : Hasher.HashPassword(name, password)), ("role", role.Name()), ("at", Now()));
        return Find(name)!;
    }

    /// <summary>Sets the password of <paramref name="name"/>; false when there is no such account.</summary>
    public bool SetPassword(string name, string password) =>
        _db.Run("UPDATE accounts SET password_hash = @hash WHERE name = @name", ("hash", Hasher.HashPassword(name, password)), ("name", name)) > 0;

    /// <summary>Changes the role of <paramref name="name"/>; false when there is no such account.</summary>
    public bool SetRole(string name, AccountRole role) =>
        _db.Run("UPDATE accounts SET role = @role WHERE name = @name", ("role", role.Name()), ("name", name)) > 0;

    /// <summary>Removes an account (its sessions end at their next request); false when there is none.</summary>
    public bool Remove(string name) => _db.Run("DELETE FROM accounts WHERE name = @name", ("name", name)) > 0;

    /// <summary>The account whose name and password these are, or null (a wrong password and an unknown name look alike).</summary>
    public Account? SignIn(string name, string password)
    {
        if (_db.Scalar("SELECT password_hash FROM accounts WHERE name = @name", ("name", name)) is not string hash)
        {
            // The same work for an unknown name, so timing does not tell which names exist.
            Hasher.VerifyHashedPassword(name, Hasher.HashPassword(name, "x"), password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(name, hash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            SetPassword(name, password);
        }
        return Find(name);
    }

    /// <summary>Creates a token for a script; the secret is returned once and only its hash is kept.</summary>
    public (ApiToken Token, string Secret) CreateToken(string name, AccountRole role)
    {
        var secret = NewSecret();
        var id = Convert.ToInt64(_db.Scalar("INSERT INTO api_tokens(name, role, token_hash, created_at) VALUES (@name, @role, @hash, @at) RETURNING id",
            ("name", name), ("role", role.Name()), ("hash", Hash(secret)), ("at", Now())), CultureInfo.InvariantCulture);
        return (Tokens().Single(t => t.Id == id), secret);
    }

    /// <summary>All tokens, revoked ones too, oldest first.</summary>
    public IReadOnlyList<ApiToken> Tokens() =>
        _db.Query("SELECT id, name, role, created_at, revoked_at FROM api_tokens ORDER BY id",
            r => new ApiToken(r.GetInt64(0), r.GetString(1), RoleOf(r.GetString(2)), Time(r.GetString(3)), r.IsDBNull(4) ? null : Time(r.GetString(4))));

    /// <summary>Revokes the tokens with this id or name; how many were revoked.</summary>
    public int RevokeToken(string idOrName) =>
        _db.Run("UPDATE api_tokens SET revoked_at = @at WHERE revoked_at IS NULL AND (name = @name OR CAST(id AS TEXT) = @name)", ("at", Now()), ("name", idOrName));

    /// <summary>Who a bearer secret belongs to, or null when it is unknown or revoked.</summary>
    public Caller? Authenticate(string secret)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        return _db.Query("SELECT name, role FROM api_tokens WHERE token_hash = @hash AND revoked_at IS NULL",
            r => new Caller("token:" + r.GetString(0), RoleOf(r.GetString(1))), ("hash", Hash(secret))).FirstOrDefault();
    }

    /// <summary>A one-time link secret that signs <paramref name="name"/> in once, until <paramref name="valid"/> has passed.</summary>
    public string CreateLoginLink(string name, TimeSpan valid)
    {
        var account = Find(name) ?? throw new ArgumentException($"no account named {name}", nameof(name));
        var secret = NewSecret();
        _db.Run("INSERT INTO login_links(token_hash, account_id, expires_at) VALUES (@hash, @account, @expires)",
            ("hash", Hash(secret)), ("account", account.Id), ("expires", _clock.GetUtcNow().Add(valid).ToString("O", CultureInfo.InvariantCulture)));
        return secret;
    }

    /// <summary>The account a login link signs in — once: the link is spent whether or not it had expired.</summary>
    public Account? RedeemLoginLink(string secret)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        using var find = PlanCatalog.Command(connection, "SELECT account_id, expires_at FROM login_links WHERE token_hash = @hash AND used_at IS NULL", ("hash", Hash(secret)));
        find.Transaction = tx;
        long accountId;
        DateTimeOffset expires;
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }
            (accountId, expires) = (reader.GetInt64(0), Time(reader.GetString(1)));
        }
        using var spend = PlanCatalog.Command(connection, "UPDATE login_links SET used_at = @at WHERE token_hash = @hash AND used_at IS NULL", ("at", Now()), ("hash", Hash(secret)));
        spend.Transaction = tx;
        var spent = spend.ExecuteNonQuery();
        tx.Commit();
        if (spent == 0 || expires < _clock.GetUtcNow())
        {
            return null;
        }
        return QueryAccounts("SELECT id, name, role, created_at, password_hash FROM accounts WHERE id = @id", ("id", accountId)).FirstOrDefault();
    }

    /// <summary>Records that <paramref name="actor"/> did <paramref name="action"/> (to a file, when one is named).</summary>
    public void Record(string actor, string action, long? fileId, string? detail = null) =>
        _db.Run("INSERT INTO audit(at, actor, action, document_id, detail) VALUES (@at, @actor, @action, @file, @detail)",
            ("at", Now()), ("actor", actor), ("action", action), ("file", fileId), ("detail", detail));

    /// <summary>What was done to a file and by whom, oldest first.</summary>
    public IReadOnlyList<AuditEntry> AuditOf(long fileId) =>
        _db.Query("SELECT id, at, actor, action, document_id, detail FROM audit WHERE document_id = @file ORDER BY id",
            r => new AuditEntry(r.GetInt64(0), Time(r.GetString(1)), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : r.GetString(5)),
            ("file", fileId));

    private List<Account> QueryAccounts(string sql, params (string Name, object? Value)[] parameters) =>
        _db.Query(sql, r => new Account(r.GetInt64(0), r.GetString(1), RoleOf(r.GetString(2)), Time(r.GetString(3)), !r.IsDBNull(4)), parameters);

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static AccountRole RoleOf(string name) =>
        EnumNames.Parse<AccountRole>(name) ?? throw new InvalidDataException($"the catalog names an unknown role '{name}'");

    // 32 random bytes: guessing one is out of reach, so a fast hash is enough to store it by.
    private static string NewSecret() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
