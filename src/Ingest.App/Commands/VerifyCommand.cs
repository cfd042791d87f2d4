using System.CommandLine;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary><c>ingest verify</c>: do the catalog, the originals and the index agree?</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var archive = Options.Archive();
        var command = new Command("verify", "check that the catalog, the stored originals (by SHA-256) and the index agree; exit 1 when they differ") { archive };
        command.SetAction(parse =>
        {
            // Opening for reading creates nothing: a missing archive is said so, not created
            // empty (which would agree with itself and pass).
            using var store = Options.OpenForReading(parse, archive);
            if (store is null)
            {
                return 2;
            }
            var mismatches = ArchiveVerifier.Verify(store);
            foreach (var m in mismatches)
            {
                Console.WriteLine(m.Message);
            }
            var documents = store.Catalog.Files().Count;
            var plans = store.Catalog.Plans.Ids().Count;
            Console.WriteLine(mismatches.Count == 0
                ? $"ok: {documents} documents, their originals and {plans} plans agree with the index"
                : $"{mismatches.Count} differences ({documents} documents, {plans} plans); `ingest reindex` repairs the index, `ingest add` a missing original");
            return mismatches.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
