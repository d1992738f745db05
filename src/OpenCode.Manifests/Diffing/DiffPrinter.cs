using System;
using System.Collections.Generic;
using System.IO;

namespace OpenCode.Manifests.Diffing;

/// <summary>Prints diff lines, with git's colours (bold headers, cyan hunks, red removals, green additions) or plain.</summary>
public static class DiffPrinter
{
    private const string Reset = "\u001b[m";

    /// <summary>Writes <paramref name="lines"/> to <paramref name="output"/>, one per line.</summary>
    public static void Write(TextWriter output, IEnumerable<DiffOutputLine> lines, bool color)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (!color)
            {
                output.WriteLine(line.Text);
                continue;
            }

            var start = line.Kind switch
            {
                DiffOutputKind.FileHeader => "\u001b[1m",
                DiffOutputKind.HunkHeader => "\u001b[36m",
                DiffOutputKind.Removed => "\u001b[31m",
                DiffOutputKind.Added => "\u001b[32m",
                DiffOutputKind.Note => "\u001b[33m",
                _ => string.Empty,
            };
            output.WriteLine(start.Length == 0 ? line.Text : start + line.Text + Reset);
        }
    }
}
