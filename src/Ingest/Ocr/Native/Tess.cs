using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>
/// Debian's libtesseract.so.5 C API (tesseract/capi.h, 5.3). Only what the engine uses.
/// Strings returned by the API are copied and freed with TessDeleteText at once.
/// </summary>
internal static partial class Tess
{
    private const string Lib = "libtesseract.so.5";

    static Tess() => NativeEnvironment.EnsureSingleThreadedOcr();

    /// <summary>Makes sure the environment is set before any other type touches the library.</summary>
    public static void Load() => NativeEnvironment.EnsureSingleThreadedOcr();

    [LibraryImport(Lib)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Lib)]
    public static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIEnd(TessBaseApiHandle handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(TessBaseApiHandle handle, string? datapath, string language);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, MonitorHandle monitor);

    [LibraryImport(Lib)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial IntPtr TessBaseAPIGetTsvText(TessBaseApiHandle handle, int pageNumber);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Lib)]
    public static partial IntPtr TessMonitorCreate();

    [LibraryImport(Lib)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(Lib)]
    public static unsafe partial void TessMonitorSetCancelFunc(MonitorHandle monitor, delegate* unmanaged[Cdecl]<IntPtr, int, byte> cancel);

    [LibraryImport(Lib)]
    public static partial void TessMonitorSetCancelThis(MonitorHandle monitor, IntPtr cancelThis);

    [LibraryImport(Lib)]
    public static partial void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int deadline);

    [LibraryImport(Lib)]
    public static partial int TessMonitorGetProgress(MonitorHandle monitor);

    /// <summary>Copies a UTF-8 string the API allocated and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return "";
        }
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}
