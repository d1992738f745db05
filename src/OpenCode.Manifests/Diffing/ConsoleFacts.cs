using System;
using System.Collections.Generic;
using System.IO;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// What decides <see cref="ColorChoice.Auto"/>: the environment and whether the output reaches a terminal. Run by the
/// MSBuild target, the program's own output is always a pipe (MSBuild reads it); what counts then is the build's
/// output, which on Linux is the standard output of the first ancestor that is not the shell Exec starts.
/// </summary>
/// <param name="Environment">The environment variables that matter (CI, NO_COLOR, TERM).</param>
/// <param name="OutputIsTerminal">Whether the text ends on a terminal.</param>
public sealed record ConsoleFacts(IReadOnlyDictionary<string, string?> Environment, bool OutputIsTerminal)
{
    private static readonly string[] Shells = { "sh", "bash", "dash", "zsh" };

    /// <summary>The facts of this process.</summary>
    public static ConsoleFacts Current()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "CI", "NO_COLOR", "TERM" })
        {
            environment[name] = System.Environment.GetEnvironmentVariable(name);
        }

        return new ConsoleFacts(environment, !Console.IsOutputRedirected || BuildOutputIsTerminal());
    }

    /// <summary>Whether colours are printed.</summary>
    public bool UseColor(ColorChoice choice)
    {
        if (choice != ColorChoice.Auto)
        {
            return choice == ColorChoice.Always;
        }

        var ci = Environment.GetValueOrDefault("CI");
        if (!string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0")
        {
            return false;
        }

        // https://no-color.org: present and not empty disables colour.
        if (!string.IsNullOrEmpty(Environment.GetValueOrDefault("NO_COLOR")) || string.Equals(Environment.GetValueOrDefault("TERM"), "dumb", StringComparison.Ordinal))
        {
            return false;
        }

        return OutputIsTerminal;
    }

    /// <summary>On Linux: the first ancestor that is not a shell writes to a terminal (a build run from a terminal).</summary>
    private static bool BuildOutputIsTerminal()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var pid = ParentOf("self");
            for (var depth = 0; pid is not null && depth < 4; depth++)
            {
                var name = File.ReadAllText($"/proc/{pid}/comm").Trim();
                if (Array.IndexOf(Shells, name) < 0)
                {
                    var target = new FileInfo($"/proc/{pid}/fd/1").LinkTarget ?? string.Empty;
                    return target.StartsWith("/dev/pts/", StringComparison.Ordinal) || target.StartsWith("/dev/tty", StringComparison.Ordinal);
                }

                pid = ParentOf(pid);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not allowed to look: plain text is never wrong.
        }

        return false;
    }

    private static string? ParentOf(string pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("PPid:", StringComparison.Ordinal))
            {
                var parent = line["PPid:".Length..].Trim();
                return parent == "0" ? null : parent;
            }
        }

        return null;
    }
}
