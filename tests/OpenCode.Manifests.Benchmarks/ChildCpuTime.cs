using System;
using System.Runtime.InteropServices;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>
/// CPU time (user + system) used by this process's finished children and their descendants, from
/// <c>getrusage(RUSAGE_CHILDREN)</c>. Wall time swings with whatever else the machine runs; CPU time much less, so
/// the whole-process and build comparisons report both.
/// </summary>
public static class ChildCpuTime
{
    private const int RusageChildren = -1;

    /// <summary>The running total (zero where getrusage is not available).</summary>
    public static TimeSpan Total()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return TimeSpan.Zero;
        }

        var usage = new RUsage();
        if (GetRUsage(RusageChildren, ref usage) != 0)
        {
            return TimeSpan.Zero;
        }

        var microseconds = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicroseconds + usage.SystemMicroseconds;
        return TimeSpan.FromTicks(microseconds * 10);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, ref RUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
