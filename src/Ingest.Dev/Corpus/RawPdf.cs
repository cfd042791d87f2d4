using System.Globalization;
using System.Text;

namespace Ingest.Corpus;

/// <summary>
/// A PDF written object by object, for the hostile files of <c>corpus/bad</c> that no PDF
/// library will write on purpose: a page tree that contains itself, a page whose image claims
/// 30,000 × 30,000 pixels, a JBIG2 stream. Objects are numbered from 1 in the order added; the
/// cross-reference table is written with the true offsets.
/// </summary>
public sealed class RawPdf
{
    private readonly List<byte[]?> _objects = [];

    /// <summary>Reserves the next object number, to be filled by <see cref="Set(int, string)"/> (for forward references).</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count;
    }

    /// <summary>Adds an object whose body is <paramref name="body"/> ("&lt;&lt; /Type /Catalog … &gt;&gt;").</summary>
    public int Add(string body)
    {
        var n = Reserve();
        Set(n, body);
        return n;
    }

    /// <summary>Adds a stream object: <paramref name="dictionary"/> entries without /Length, then the data as it is.</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        var n = Reserve();
        SetStream(n, dictionary, data);
        return n;
    }

    /// <summary>Fills a reserved object.</summary>
    public void Set(int number, string body) => _objects[number - 1] = Encoding.ASCII.GetBytes(body);

    /// <summary>Fills a reserved object with a stream.</summary>
    public void SetStream(int number, string dictionary, byte[] data)
    {
        var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        var tail = "\nendstream"u8;
        _objects[number - 1] = [.. head, .. data, .. tail];
    }

    /// <summary>The file: header, objects, cross-reference table, trailer naming <paramref name="root"/>.</summary>
    public byte[] ToBytes(int root)
    {
        using var output = new MemoryStream();
        // The binary comment line tells transfer tools the file is not text (PDF 32000 7.5.2).
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", Encoding.Latin1);
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            var body = _objects[i] ?? throw new InvalidOperationException($"object {i + 1} was reserved but never set");
            offsets[i] = output.Position;
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Write(Stream output, string text, Encoding? encoding = null) => output.Write((encoding ?? Encoding.ASCII).GetBytes(text));
}
