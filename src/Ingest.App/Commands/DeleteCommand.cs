using System.CommandLine;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary><c>ingest delete ID…</c>: files out of the archive, with everything made from them.</summary>
internal static class DeleteCommand
{
    public static Command Create()
    {
        var ids = new Argument<long[]>("id") { Description = "document ids, as `ingest files` lists them", Arity = ArgumentArity.OneOrMore };
        var archive = Options.Archive();
        var command = new Command("delete", "delete files: their catalog entries, pages, plans, index entries, original and cached page images") { ids, archive };
        command.SetAction(parse =>
        {
            using var store = Options.OpenForWriting(parse, archive, "delete");
            if (store is null)
            {
                return 2;
            }
            var deleter = new FileDeleter(store);
            var failed = 0;
            foreach (var id in parse.GetValue(ids)!)
            {
                // Each on its own: one that cannot be deleted is named, the rest go on.
                var (deleted, error) = deleter.Delete(id, Environment.UserName);
                if (deleted is null)
                {
                    failed++;
                    Console.Error.WriteLine(error);
                    continue;
                }
                Console.WriteLine($"deleted {id}: {deleted.File.FileName} ({deleted.PlanIds.Count} documents)");
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
