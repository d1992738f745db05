using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: exit code, everything it printed, how long it took.</summary>
public sealed record DotnetResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The lines MSBuild prints for errors (<c>file(line,col): error ID: …</c>), without duplicates.</summary>
    public IReadOnlyList<string> ErrorLines => Output.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Contains(": error ", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>Runs the .NET SDK's <c>dotnet</c> as a child process (<see cref="DotnetCommand"/>), with a pack-sized timeout.</summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static DotnetResult Run(string workingDirectory, params string[] args)
    {
        var run = DotnetCommand.Run(workingDirectory, args, Timeout);
        return new DotnetResult(run.ExitCode, run.Output, run.Elapsed);
    }
}
