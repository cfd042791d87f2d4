namespace Ingest.Tests.App;

/// <summary>`ingest user` and `ingest token` as an administrator scripts them (issue 17).</summary>
public sealed class AccountCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Token_create_prints_only_the_token_so_a_script_can_capture_it()
    {
        var (exit, stdout, _) = Cli.Run(_dir.Path, "token", "create", "--archive", "a", "--role", "archivist", "--name", "nightly");
        Assert.Equal(0, exit);
        var token = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^ingest_[A-Za-z0-9_-]{40,}$", token);
        using var catalog = Ingest.Catalog.PlanCatalog.Open(Path.Combine(_dir.Path, "a", "catalog.db"));
        Assert.Equal(new Ingest.Catalog.Caller("token:nightly", Ingest.Catalog.AccountRole.Archivist), catalog.Accounts.Authenticate(token));
        Assert.Equal(2, Cli.Run(_dir.Path, "token", "create", "--archive", "a", "--role", "owner").Exit);
    }

    [Fact]
    public void User_add_takes_a_piped_password_and_list_role_remove_manage_the_account()
    {
        var (exit, stdout, _) = Cli.RunWithInput(_dir.Path, "mật khẩu đủ dài 2026\n", "user", "add", "lan", "--archive", "a", "--role", "reader");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout); // a piped password is not echoed
        Assert.Equal(2, Cli.RunWithInput(_dir.Path, "short\n", "user", "add", "minh", "--archive", "a", "--role", "reader").Exit);
        Assert.Equal(0, Cli.Run(_dir.Path, "user", "role", "lan", "archivist", "--archive", "a").Exit);
        var list = Cli.Run(_dir.Path, "user", "list", "--archive", "a");
        Assert.Contains("lan", list.Out, StringComparison.Ordinal);
        Assert.Contains("archivist", list.Out, StringComparison.Ordinal);
        using (var catalog = Ingest.Catalog.PlanCatalog.Open(Path.Combine(_dir.Path, "a", "catalog.db")))
        {
            Assert.Equal(Ingest.Catalog.AccountRole.Archivist, catalog.Accounts.SignIn("lan", "mật khẩu đủ dài 2026")?.Role);
        }
        Assert.Equal(0, Cli.Run(_dir.Path, "user", "remove", "lan", "--archive", "a").Exit);
        Assert.Equal(2, Cli.Run(_dir.Path, "user", "remove", "lan", "--archive", "a").Exit);
    }
}
