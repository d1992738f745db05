using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The files of a folder as a git commit holds them, read from the object store (git ls-tree + git cat-file), not
/// from the working tree: what a build wrote into the working tree since cannot hide a difference.
/// </summary>
public static class CommittedTree
{
    /// <summary>Path (relative to <paramref name="folder"/>, '/'-separated) → bytes, for every file under it at <paramref name="revision"/>.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string repository, string revision, string folder)
    {
        var git = Tools.Require("git", "apt-get install git");
        var prefix = folder.TrimEnd('/') + "/";
        var list = Tools.RunBytes(git, new[] { "-C", repository, "ls-tree", "-r", "-z", "--full-tree", revision, "--", prefix }, TimeSpan.FromMinutes(1));
        if (list.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-tree {revision} {prefix} failed in {repository}: {list.Stderr}");
        }

        // Each entry: "<mode> blob <object>\t<path>\0".
        var entries = Encoding.UTF8.GetString(list.Stdout).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => (Meta: entry[..entry.IndexOf('\t', StringComparison.Ordinal)].Split(' '), Path: entry[(entry.IndexOf('\t', StringComparison.Ordinal) + 1)..]))
            .Where(entry => entry.Meta[1] == "blob")
            .ToList();
        var request = string.Concat(entries.Select(entry => entry.Meta[2] + "\n"));
        var batch = Tools.RunBytes(git, new[] { "-C", repository, "cat-file", "--batch" }, TimeSpan.FromMinutes(1), Encoding.ASCII.GetBytes(request));
        if (batch.ExitCode != 0)
        {
            throw new InvalidOperationException($"git cat-file --batch failed in {repository}: {batch.Stderr}");
        }

        // Each answer: "<object> blob <size>\n<bytes>\n".
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var at = 0;
        foreach (var entry in entries)
        {
            var newline = Array.IndexOf(batch.Stdout, (byte)'\n', at);
            var header = Encoding.ASCII.GetString(batch.Stdout, at, newline - at).Split(' ');
            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            files[entry.Path[prefix.Length..]] = batch.Stdout.AsSpan(newline + 1, size).ToArray();
            at = newline + 1 + size + 1;
        }

        return files;
    }
}
