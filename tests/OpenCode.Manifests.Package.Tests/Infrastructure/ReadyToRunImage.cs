using System;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// Reads whether an assembly holds ReadyToRun (precompiled) code and for which platform: the CLI header's
/// ManagedNativeHeader points at a <c>RTR\0</c> header, and crossgen2 writes the target's machine into the COFF header,
/// exclusive-or'ed with a constant per operating system (none for Windows) so that no other system loads it as its own.
/// </summary>
public static class ReadyToRunImage
{
    /// <summary>The ReadyToRun header's signature, "RTR\0" read as a little-endian integer.</summary>
    private const uint Signature = 0x00525452;

    /// <summary>
    /// The COFF machine value of a ReadyToRun image of <paramref name="assembly"/>, or null when it holds no precompiled
    /// code (an IL assembly).
    /// </summary>
    public static ushort? TargetMachine(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var nativeHeader = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        if (nativeHeader.Size == 0)
        {
            return null;
        }

        var signature = pe.GetSectionData(nativeHeader.RelativeVirtualAddress).GetReader().ReadUInt32();
        return signature == Signature ? (ushort)pe.PEHeaders.CoffHeader.Machine : null;
    }

    /// <summary>The COFF machine value a ReadyToRun image for this process's platform carries.</summary>
    public static ushort MachineForThisPlatform()
    {
        ushort architecture = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 0x8664,
            Architecture.Arm64 => 0xAA64,
            Architecture.X86 => 0x014C,
            Architecture.Arm => 0x01C4,
            var other => throw new PlatformNotSupportedException("no machine value known for " + other),
        };
        ushort operatingSystem = OperatingSystem.IsLinux() ? (ushort)0x7B79
            : OperatingSystem.IsMacOS() ? (ushort)0x4644
            : OperatingSystem.IsFreeBSD() ? (ushort)0xADC4
            : (ushort)0;
        return (ushort)(architecture ^ operatingSystem);
    }

    /// <summary>This machine's portable runtime identifier (linux-x64), the one the SDK's crossgen2 pack is named for.</summary>
    public static string PortableRuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        return os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
    }
}
