using System.CommandLine;
using System.Security.Cryptography;
using Ingest.Catalog;
using Ingest.Text;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest user add NAME --role R | list | remove NAME | role NAME R | password NAME</c>: the
/// accounts of an archive, kept in its catalog. A password is read from standard input when it is
/// piped; otherwise one is generated and printed once.
/// </summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "accounts that may sign in to `ingest serve`: add, list, remove, role, password");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Role());
        command.Subcommands.Add(Password());
        return command;
    }

    /// <summary>--role reader|archivist|admin.</summary>
    public static Option<string> RoleOption() => new("--role")
    {
        Description = "reader (search, view, export), archivist (+ upload, correct, delete, retry) or admin (+ accounts, jobs)",
        Required = true,
    };

    /// <summary>The role a --role value names, or null (the verb prints the choices).</summary>
    public static AccountRole? ParseRole(string? value) => EnumNames.Parse<AccountRole>(value?.Trim().ToLowerInvariant());

    /// <summary>The catalog of an archive (no index: accounts live in the catalog only).</summary>
    public static PlanCatalog OpenCatalog(ParseResult parse, Option<string> archive) =>
        PlanCatalog.Open(parse.GetValue(Options.Db) is { Length: > 0 } db ? db : Path.Combine(Path.GetFullPath(parse.GetValue(archive)!), "catalog.db"));

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "the account's name" };
        var role = RoleOption();
        var archive = Options.Archive();
        var command = new Command("add", "add an account (password from stdin, or generated and printed once)") { name, role, archive };
        command.SetAction(parse =>
        {
            if (ParseRole(parse.GetValue(role)) is not { } r)
            {
                return BadRole(parse.GetValue(role));
            }
            var (password, generated) = ReadPassword();
            if (password.Length < Web.AccountEndpoints.MinPasswordLength)
            {
                Console.Error.WriteLine($"user add: a password needs {Web.AccountEndpoints.MinPasswordLength} characters or more");
                return 2;
            }
            using var catalog = OpenCatalog(parse, archive);
            try
            {
                var account = catalog.Accounts.Add(parse.GetValue(name)!, r, password);
                Console.Error.WriteLine($"added {account.Name} ({account.Role.Name()})");
                if (generated)
                {
                    Console.Out.WriteLine(password);
                }
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"user add: {e.Message.Split(" (Parameter", 2)[0]}");
                return 2;
            }
        });
        return command;
    }

    private static Command List()
    {
        var archive = Options.Archive();
        var command = new Command("list", "list the accounts") { archive };
        command.SetAction(parse =>
        {
            using var catalog = OpenCatalog(parse, archive);
            var table = new Table().AddColumns("name", "role", "created", "password");
            foreach (var a in catalog.Accounts.Accounts())
            {
                table.AddRow(Markup.Escape(a.Name), a.Role.Name(), a.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), a.HasPassword ? "set" : "not set");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name");
        var archive = Options.Archive();
        var command = new Command("remove", "remove an account; its sessions end at their next request") { name, archive };
        command.SetAction(parse =>
        {
            using var catalog = OpenCatalog(parse, archive);
            if (!catalog.Accounts.Remove(parse.GetValue(name)!))
            {
                Console.Error.WriteLine($"user remove: no account named {parse.GetValue(name)}");
                return 2;
            }
            Console.Error.WriteLine($"removed {parse.GetValue(name)}");
            return 0;
        });
        return command;
    }

    private static Command Role()
    {
        var name = new Argument<string>("name");
        var role = new Argument<string>("role") { Description = "reader, archivist or admin" };
        var archive = Options.Archive();
        var command = new Command("role", "change an account's role") { name, role, archive };
        command.SetAction(parse =>
        {
            if (ParseRole(parse.GetValue(role)) is not { } r)
            {
                return BadRole(parse.GetValue(role));
            }
            using var catalog = OpenCatalog(parse, archive);
            if (!catalog.Accounts.SetRole(parse.GetValue(name)!, r))
            {
                Console.Error.WriteLine($"user role: no account named {parse.GetValue(name)}");
                return 2;
            }
            Console.Error.WriteLine($"{parse.GetValue(name)} is now {r.Name()}");
            return 0;
        });
        return command;
    }

    private static Command Password()
    {
        var name = new Argument<string>("name");
        var archive = Options.Archive();
        var command = new Command("password", "set an account's password (from stdin, or generated and printed once)") { name, archive };
        command.SetAction(parse =>
        {
            var (password, generated) = ReadPassword();
            if (password.Length < Web.AccountEndpoints.MinPasswordLength)
            {
                Console.Error.WriteLine($"user password: a password needs {Web.AccountEndpoints.MinPasswordLength} characters or more");
                return 2;
            }
            using var catalog = OpenCatalog(parse, archive);
            if (!catalog.Accounts.SetPassword(parse.GetValue(name)!, password))
            {
                Console.Error.WriteLine($"user password: no account named {parse.GetValue(name)}");
                return 2;
            }
            if (generated)
            {
                Console.Out.WriteLine(password);
            }
            return 0;
        });
        return command;
    }

    // Piped: the first line of stdin. A terminal: a generated password (printed once by the verb).
    private static (string Password, bool Generated) ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return (Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "", false);
        }
        return (Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_'), true);
    }

    private static int BadRole(string? value)
    {
        Console.Error.WriteLine($"unknown role '{value}': reader, archivist or admin");
        return 2;
    }
}
