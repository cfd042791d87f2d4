namespace Ingest.Corpus.Official;

/// <summary>
/// Seeds for the several <see cref="Random"/>s of one render, mixed from the manifest's seed: .NET's
/// seeded Random gives nearly the same first draws for neighbouring seeds (302 and 303 would
/// always get the same body size), so each seed is hashed with the draw's purpose first.
/// </summary>
internal static class SeedMix
{
    public static int Of(int seed, int purpose)
    {
        unchecked
        {
            var x = (uint)seed * 0x9E3779B9u ^ (uint)purpose * 0x85EBCA6Bu;
            x ^= x >> 16;
            x *= 0x7FEB352Du;
            x ^= x >> 15;
            x *= 0x846CA68Bu;
            x ^= x >> 16;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
