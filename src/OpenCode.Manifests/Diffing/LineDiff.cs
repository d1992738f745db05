using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Diffing;

/// <summary>What one line of an edit script does.</summary>
public enum LineChange
{
    /// <summary>The line is on both sides.</summary>
    Same,

    /// <summary>The line is only on the old side.</summary>
    Removed,

    /// <summary>The line is only on the new side.</summary>
    Added,
}

/// <summary>One line of an edit script with its 1-based line numbers on each side (the next line's number where absent).</summary>
/// <param name="Change">Whether the line is kept, removed or added.</param>
/// <param name="Text">The line without its line end.</param>
/// <param name="OldLine">Line number on the old side.</param>
/// <param name="NewLine">Line number on the new side.</param>
public readonly record struct DiffLine(LineChange Change, string Text, int OldLine, int NewLine);

/// <summary>
/// The line edit script between two texts: the longest common subsequence of the lines between the common prefix and
/// suffix (which are matched first, so the table covers only the changed middle of a generated file).
/// </summary>
public static class LineDiff
{
    /// <summary>Above this many table cells the middle is shown as all removed then all added (no quadratic memory).</summary>
    private const long MaxCells = 16_000_000;

    /// <summary>Splits a text into lines at LF; a trailing LF ends the last line rather than starting an empty one.</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Array.Empty<string>();
        }

        var lines = text.Split('\n');
        return text[^1] == '\n' ? lines[..^1] : lines;
    }

    /// <summary>The edit script from <paramref name="oldLines"/> to <paramref name="newLines"/>.</summary>
    public static IReadOnlyList<DiffLine> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && string.Equals(oldLines[prefix], newLines[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
               && string.Equals(oldLines[oldLines.Count - 1 - suffix], newLines[newLines.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var script = new List<DiffLine>(Math.Max(oldLines.Count, newLines.Count) + 8);
        for (var i = 0; i < prefix; i++)
        {
            script.Add(new DiffLine(LineChange.Same, oldLines[i], i + 1, i + 1));
        }

        Middle(oldLines, newLines, prefix, oldLines.Count - suffix, newLines.Count - suffix, script);
        for (var k = suffix; k > 0; k--)
        {
            var i = oldLines.Count - k;
            var j = newLines.Count - k;
            script.Add(new DiffLine(LineChange.Same, oldLines[i], i + 1, j + 1));
        }

        return script;
    }

    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int start, int endA, int endB, List<DiffLine> script)
    {
        var n = endA - start;
        var m = endB - start;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var i = start; i < endA; i++)
            {
                script.Add(new DiffLine(LineChange.Removed, a[i], i + 1, start + 1));
            }

            for (var j = start; j < endB; j++)
            {
                script.Add(new DiffLine(LineChange.Added, b[j], endA + 1, j + 1));
            }

            return;
        }

        // lcs[i, j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[start + i], b[start + j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && string.Equals(a[start + x], b[start + y], StringComparison.Ordinal))
            {
                script.Add(new DiffLine(LineChange.Same, a[start + x], start + x + 1, start + y + 1));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, as git and diff -u print a changed block.
                script.Add(new DiffLine(LineChange.Removed, a[start + x], start + x + 1, start + y + 1));
                x++;
            }
            else
            {
                script.Add(new DiffLine(LineChange.Added, b[start + y], start + x + 1, start + y + 1));
                y++;
            }
        }
    }
}
