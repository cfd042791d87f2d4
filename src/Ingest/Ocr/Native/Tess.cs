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

    // The result iterator, walked symbol by symbol for the LSTM's alternatives (lstm_choice_mode 2).
    // Levels: 0 block, 1 paragraph, 2 text line, 3 word, 4 symbol.
    public const int LevelWord = 3;
    public const int LevelSymbol = 4;

    [LibraryImport(Lib)]
    public static partial IntPtr TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Lib)]
    public static partial int TessResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(Lib)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);

    [LibraryImport(Lib)]
    public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(Lib)]
    public static partial IntPtr TessResultIteratorGetPageIterator(IntPtr iterator);

    [LibraryImport(Lib)]
    public static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(Lib)]
    public static partial IntPtr TessResultIteratorGetChoiceIterator(IntPtr iterator);

    [LibraryImport(Lib)]
    public static partial void TessChoiceIteratorDelete(IntPtr choices);

    [LibraryImport(Lib)]
    public static partial int TessChoiceIteratorNext(IntPtr choices);

    /// <summary>The choice's text: owned by the iterator, not to be freed.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr TessChoiceIteratorGetUTF8Text(IntPtr choices);

    [LibraryImport(Lib)]
    public static partial float TessChoiceIteratorConfidence(IntPtr choices);

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
