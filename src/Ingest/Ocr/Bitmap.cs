using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>A 1-bit image's pixels as an array to look at and change one by one (ink true), copied out of and back into Leptonica's words.</summary>
internal sealed class Bitmap
{
    private readonly bool[] _ink;

    private Bitmap(int width, int height)
    {
        (Width, Height) = (width, height);
        _ink = new bool[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public bool this[int x, int y]
    {
        get => _ink[(y * Width) + x];
        set => _ink[(y * Width) + x] = value;
    }

    public bool Inside(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;

    /// <summary>The pixels of a 1-bit image.</summary>
    public static unsafe Bitmap Of(PixHandle pix)
    {
        var map = new Bitmap(pix.Width, pix.Height);
        var data = (uint*)Lept.pixGetData(pix);
        var wpl = Lept.pixGetWpl(pix);
        for (var y = 0; y < map.Height; y++)
        {
            var row = data + (y * wpl);
            for (var x = 0; x < map.Width; x++)
            {
                map[x, y] = ((row[x >> 5] >> (31 - (x & 31))) & 1) != 0;
            }
        }
        return map;
    }

    /// <summary>Writes the pixels into a 1-bit image of the same size.</summary>
    public unsafe void WriteTo(PixHandle pix)
    {
        var data = (uint*)Lept.pixGetData(pix);
        var wpl = Lept.pixGetWpl(pix);
        for (var y = 0; y < Height; y++)
        {
            var row = data + (y * wpl);
            for (var x = 0; x < Width; x++)
            {
                var bit = 1u << (31 - (x & 31));
                row[x >> 5] = this[x, y] ? row[x >> 5] | bit : row[x >> 5] & ~bit;
            }
        }
    }

    /// <summary>Half the size each way: a pixel is ink when any of its four was.</summary>
    public Bitmap Half()
    {
        var half = new Bitmap(Math.Max(1, Width / 2), Math.Max(1, Height / 2));
        for (var y = 0; y < half.Height * 2 && y < Height; y++)
        {
            for (var x = 0; x < half.Width * 2 && x < Width; x++)
            {
                if (this[x, y])
                {
                    half[x / 2, y / 2] = true;
                }
            }
        }
        return half;
    }

    /// <summary>Clears every pixel whose distance from (cx, cy) lies from <paramref name="inner"/> to <paramref name="outer"/>.</summary>
    public void ClearAnnulus(int cx, int cy, int inner, int outer)
    {
        var (min, max) = ((long)inner * inner, (long)outer * outer);
        for (var y = Math.Max(0, cy - outer); y <= Math.Min(Height - 1, cy + outer); y++)
        {
            for (var x = Math.Max(0, cx - outer); x <= Math.Min(Width - 1, cx + outer); x++)
            {
                var d = ((long)(x - cx) * (x - cx)) + ((long)(y - cy) * (y - cy));
                if (d >= min && d <= max)
                {
                    this[x, y] = false;
                }
            }
        }
    }
}
