using System;

namespace OpenCode.Manifests.TestSupport;

/// <summary>The result of running a program: exit code, its two streams, both interleaved as printed, wall time.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout and stderr in the order the program printed them (a build log reads as it was written).</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>From start to exit.</summary>
    public TimeSpan Elapsed { get; init; }

    public string Both => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
