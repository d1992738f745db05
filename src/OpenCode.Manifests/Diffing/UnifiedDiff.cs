using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenCode.Manifests.Diffing;

/// <summary>What a line of a printed diff is, which decides its colour.</summary>
public enum DiffOutputKind
{
    /// <summary><c>--- a/…</c> and <c>+++ b/…</c>.</summary>
    FileHeader,

    /// <summary><c>@@ -l,s +l,s @@</c>.</summary>
    HunkHeader,

    /// <summary>An unchanged line around a change.</summary>
    Context,

    /// <summary>A removed line.</summary>
    Removed,

    /// <summary>An added line.</summary>
    Added,

    /// <summary>A line about the diff itself (what the cap cut).</summary>
    Note,
}

/// <summary>One printed line of a diff.</summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Text">The line as printed (with its <c>-</c>/<c>+</c>/space prefix), without line end.</param>
public readonly record struct DiffOutputLine(DiffOutputKind Kind, string Text);

/// <summary>
/// The unified diff of two texts (the format of <c>diff -u</c> and <c>git diff</c>): <c>--- a/path</c>,
/// <c>+++ b/path</c> (or <c>/dev/null</c> for a file that is created or deleted), hunks with
/// <see cref="Context"/> unchanged lines around each change, at most <c>maxLines</c> lines per file followed by a note
/// of what was cut.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int Context = 3;

    /// <summary>The name a side that does not exist is given.</summary>
    public const string NoFile = "/dev/null";

    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>
    /// The diff of one file; empty when the texts are equal.
    /// </summary>
    /// <param name="path">The file's path as shown (relative to the repository root, with <c>/</c>).</param>
    /// <param name="oldText">The text before, or null when the file did not exist.</param>
    /// <param name="newText">The text after, or null when the file is deleted.</param>
    /// <param name="maxLines">How many lines of hunks are printed at most (the headers not counted).</param>
    public static IReadOnlyList<DiffOutputLine> Of(string path, string? oldText, string? newText, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return Array.Empty<DiffOutputLine>();
        }

        var script = LineDiff.Compute(Lines(oldText), Lines(newText));
        var body = Hunks(script);
        var result = new List<DiffOutputLine>(Math.Min(body.Count, maxLines) + 3)
        {
            new(DiffOutputKind.FileHeader, "--- " + (oldText is null ? NoFile : "a/" + path)),
            new(DiffOutputKind.FileHeader, "+++ " + (newText is null ? NoFile : "b/" + path)),
        };
        var shown = Math.Min(body.Count, Math.Max(0, maxLines));
        for (var i = 0; i < shown; i++)
        {
            result.Add(body[i]);
        }

        if (shown < body.Count)
        {
            var removed = 0;
            var added = 0;
            foreach (var line in script)
            {
                removed += line.Change == LineChange.Removed ? 1 : 0;
                added += line.Change == LineChange.Added ? 1 : 0;
            }

            result.Add(new DiffOutputLine(DiffOutputKind.Note, string.Format(
                CultureInfo.InvariantCulture,
                "... {0} more diff lines of {1} not shown (cap {2} per file; the whole change removes {3} and adds {4} lines)",
                body.Count - shown,
                path,
                maxLines,
                removed,
                added)));
        }

        return result;
    }

    /// <summary>The lines of a text; a last line without line end carries git's note so it differs from one with.</summary>
    private static string[] Lines(string? text)
    {
        if (text is null)
        {
            return Array.Empty<string>();
        }

        var lines = LineDiff.Lines(text);
        if (lines.Length > 0 && text[^1] != '\n')
        {
            lines[^1] += "\n" + NoNewline;
        }

        return lines;
    }

    private static List<DiffOutputLine> Hunks(IReadOnlyList<DiffLine> script)
    {
        var output = new List<DiffOutputLine>();
        var index = 0;
        while (index < script.Count)
        {
            // The next change, and the hunk around it: changes closer than twice the context share a hunk.
            while (index < script.Count && script[index].Change == LineChange.Same)
            {
                index++;
            }

            if (index == script.Count)
            {
                break;
            }

            var start = Math.Max(0, index - Context);
            var end = index;
            var lastChange = index;
            while (end < script.Count && end - lastChange <= 2 * Context)
            {
                if (script[end].Change != LineChange.Same)
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(script.Count, lastChange + Context + 1);
            output.Add(new DiffOutputLine(DiffOutputKind.HunkHeader, Header(script, start, end)));
            for (var i = start; i < end; i++)
            {
                var line = script[i];
                var (kind, prefix) = line.Change switch
                {
                    LineChange.Removed => (DiffOutputKind.Removed, '-'),
                    LineChange.Added => (DiffOutputKind.Added, '+'),
                    _ => (DiffOutputKind.Context, ' '),
                };
                var text = line.Text;
                var note = text.IndexOf("\n" + NoNewline, StringComparison.Ordinal);
                output.Add(new DiffOutputLine(kind, prefix + (note < 0 ? text : text[..note])));
                if (note >= 0)
                {
                    output.Add(new DiffOutputLine(DiffOutputKind.Note, NoNewline));
                }
            }

            index = end;
        }

        return output;
    }

    /// <summary><c>@@ -start,count +start,count @@</c>; an empty side starts at the line before the hunk.</summary>
    private static string Header(IReadOnlyList<DiffLine> script, int start, int end)
    {
        int oldCount = 0, newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += script[i].Change != LineChange.Added ? 1 : 0;
            newCount += script[i].Change != LineChange.Removed ? 1 : 0;
        }

        var oldStart = oldCount == 0 ? script[start].OldLine - 1 : script[start].OldLine;
        var newStart = newCount == 0 ? script[start].NewLine - 1 : script[start].NewLine;
        return string.Create(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@");
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");
}
