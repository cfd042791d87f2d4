using System.CommandLine;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary><c>ingest reindex</c>: rebuilds the Lucene index from the catalog.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var archive = Options.Archive();
        var command = new Command("reindex", "rebuild the search index from the catalog") { archive };
        command.SetAction(parse =>
        {
            using var store = Options.OpenForWriting(parse, archive, "reindex");
            if (store is null)
            {
                return 2;
            }
            var n = store.Index.Rebuild(store.Catalog);
            Console.Error.WriteLine($"indexed {n} documents");
            return 0;
        });
        return command;
    }
}
