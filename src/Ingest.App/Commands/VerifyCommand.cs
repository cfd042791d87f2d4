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
            var root = parse.GetValue(archive)!;
            if (!Directory.Exists(root))
            {
                // Archive.Open would create an empty archive, which agrees with itself: say what is wrong instead.
                Console.Error.WriteLine($"{root}: no archive there");
                return 2;
            }
            using var store = Archive.Open(root, parse.GetValue(Options.Db));
            var mismatches = ArchiveVerifier.Verify(store);
            foreach (var m in mismatches)
            {
                Console.WriteLine(m.Message);
            }
            var documents = store.Catalog.Files().Count;
            var plans = store.Catalog.PlanIds().Count;
            Console.WriteLine(mismatches.Count == 0
                ? $"ok: {documents} documents, their originals and {plans} plans agree with the index"
                : $"{mismatches.Count} differences ({documents} documents, {plans} plans); `ingest reindex` repairs the index, `ingest add` a missing original");
            return mismatches.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
