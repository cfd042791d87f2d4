using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>Owns a TessBaseAPI*: End and Delete on release.</summary>
internal sealed class TessBaseApiHandle : SafeHandle
{
    public TessBaseApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Creates a new API object.</summary>
    public static TessBaseApiHandle Create()
    {
        Tess.Load();
        var h = new TessBaseApiHandle();
        h.SetHandle(Tess.TessBaseAPICreate());
        if (h.IsInvalid)
        {
            throw new InvalidOperationException("TessBaseAPICreate returned null");
        }
        return h;
    }

    protected override bool ReleaseHandle()
    {
        Tess.TessBaseAPIDelete(handle);
        return true;
    }
}
