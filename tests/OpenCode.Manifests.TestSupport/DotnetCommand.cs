using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The .NET SDK's <c>dotnet</c> run as a child build through <see cref="Tools.Run"/>, isolated from the test host:
/// the host itself runs under <c>dotnet test</c>, and its MSBuild/VSTest variables must not reach the child build.
/// </summary>
public static class DotnetCommand
{
    /// <summary>The <c>dotnet</c> that runs the tests (DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ToolRun Run(string workingDirectory, IEnumerable<string> args, TimeSpan timeout)
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(k => k, _ => (string?)null);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return Tools.Run(Executable, args, timeout, workingDirectory, environment);
    }
}
