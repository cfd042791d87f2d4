using System.CommandLine;
using Ingest.Text;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest token create --role R [--name N] | list | revoke ID|NAME</c>: bearer tokens for
/// scripts. <c>create</c> prints only the token on standard output, so that
/// <c>TOKEN=$(./ingest token create --archive A --role archivist)</c> works; it is shown once and
/// only its hash is kept.
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "bearer tokens for scripts: create, list, revoke");
        command.Subcommands.Add(New());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command New()
    {
        var role = UserCommand.RoleOption();
        var name = new Option<string>("--name") { Description = "what the token is for (shown in the audit trail as token:NAME)", DefaultValueFactory = _ => "script" };
        var archive = Options.Archive();
        var command = new Command("create", "make a token; prints only the token") { role, name, archive };
        command.SetAction(parse =>
        {
            if (UserCommand.ParseRole(parse.GetValue(role)) is not { } r)
            {
                Console.Error.WriteLine($"unknown role '{parse.GetValue(role)}': reader, archivist or admin");
                return 2;
            }
            using var catalog = UserCommand.OpenCatalog(parse, archive);
            var (token, secret) = catalog.Accounts.CreateToken(parse.GetValue(name)!, r);
            Console.Out.WriteLine(secret);
            Console.Error.WriteLine($"token {token.Id} ({token.Name}, {token.Role.Name()}): send it as \"Authorization: Bearer TOKEN\"; revoke it with `ingest token revoke {token.Id}`");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var archive = Options.Archive();
        var command = new Command("list", "list the tokens (never their secrets)") { archive };
        command.SetAction(parse =>
        {
            using var catalog = UserCommand.OpenCatalog(parse, archive);
            var table = new Table().AddColumns("id", "name", "role", "created", "revoked");
            foreach (var t in catalog.Accounts.Tokens())
            {
                table.AddRow(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(t.Name), t.Role.Name(),
                    t.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    t.RevokedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Revoke()
    {
        var which = new Argument<string>("token") { Description = "the token's id or name" };
        var archive = Options.Archive();
        var command = new Command("revoke", "revoke a token at once") { which, archive };
        command.SetAction(parse =>
        {
            using var catalog = UserCommand.OpenCatalog(parse, archive);
            var n = catalog.Accounts.RevokeToken(parse.GetValue(which)!);
            if (n == 0)
            {
                Console.Error.WriteLine($"token revoke: no live token {parse.GetValue(which)}");
                return 2;
            }
            Console.Error.WriteLine($"revoked {n} token(s)");
            return 0;
        });
        return command;
    }
}
