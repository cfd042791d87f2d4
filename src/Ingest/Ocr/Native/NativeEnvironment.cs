using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>
/// Sets variables in the native process environment. .NET's Environment.SetEnvironmentVariable
/// does not reach getenv() in native code on Linux, and OpenMP reads OMP_THREAD_LIMIT once,
/// when libtesseract (and libgomp with it) is loaded — so this runs before the first call into it.
/// </summary>
internal static partial class NativeEnvironment
{
    private static int _done;

    /// <summary>Single-threaded Tesseract: the pool runs one engine per core instead.</summary>
    public static void EnsureSingleThreadedOcr()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1)
        {
            return;
        }
        // Respect an explicit setting from the launcher or the user.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT")))
        {
            _ = SetEnv("OMP_THREAD_LIMIT", "1", 1);
        }
    }

    /// <summary>The value native code sees.</summary>
    public static string? Get(string name) => Marshal.PtrToStringUTF8(GetEnv(name));

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
