using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// The files of a folder as committed at a git revision (<c>origin/main</c>, a commit), read with the <c>git</c>
/// program: <c>git ls-tree</c> lists them, <c>git cat-file blob</c> reads each. Nothing in the work tree is touched.
/// </summary>
public static class GitTree
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The files under <paramref name="folder"/> (relative to the repository root, with <c>/</c>) at
    /// <paramref name="revision"/>, keyed by their path relative to that folder, for names <paramref name="include"/>
    /// accepts. A folder that does not exist at the revision gives no files.
    /// </summary>
    /// <exception cref="GitTreeException">git is missing, or the revision cannot be read.</exception>
    public static IReadOnlyDictionary<string, string> Read(string repository, string revision, string folder, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(include);
        if (revision.StartsWith('-'))
        {
            throw new GitTreeException($"'{revision}' is not a revision.");
        }

        // The revision must name a commit (a typo is an error, not an empty base tree).
        Git(repository, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        var prefix = folder.Length == 0 || folder == "." ? string.Empty : folder.TrimEnd('/') + "/";
        var listing = Git(repository, "ls-tree", "-r", "-z", "--full-tree", revision, "--", prefix.Length == 0 ? "." : prefix);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (fields[1] != "blob" || !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = path[prefix.Length..];
            if (include(relative))
            {
                files[relative] = Git(repository, "cat-file", "blob", fields[2]);
            }
        }

        return files;
    }

    private static string Git(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            WorkingDirectory = repository,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitTreeException("git could not be started.");
        }
        catch (Win32Exception exception)
        {
            throw new GitTreeException($"git could not be started ({exception.Message}); install git.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new GitTreeException($"git {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new GitTreeException($"git {string.Join(' ', args)} failed (exit {process.ExitCode}): {error.Result.Trim()}");
            }

            return output;
        }
    }
}
