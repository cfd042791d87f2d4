using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>Owns an ETEXT_DESC* (Tesseract's progress monitor: deadline and cancel callback).</summary>
internal sealed class MonitorHandle : SafeHandle
{
    public MonitorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static MonitorHandle Create()
    {
        Tess.Load();
        var h = new MonitorHandle();
        h.SetHandle(Tess.TessMonitorCreate());
        if (h.IsInvalid)
        {
            throw new InvalidOperationException("TessMonitorCreate returned null");
        }
        return h;
    }

    protected override bool ReleaseHandle()
    {
        Tess.TessMonitorDelete(handle);
        return true;
    }
}
