using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// The shape every page of docs/diagnostics shares, so a reader finds the same answers in the same places: the
/// <c># OCMnnnn: title</c> heading, a <c>Severity:</c> line, then <c>## What happened</c>, <c>## Why the cluster would
/// fail</c> and <c>## How to fix it</c> in that order, and under the last a <c>Before:</c> and then an <c>After:</c>,
/// each followed by a fenced code block. Lines inside code blocks never count (a heading in a snippet is not one).
/// </summary>
internal static class DiagnosticPageShape
{
    /// <summary>The section headings, in the order a page has them.</summary>
    public static readonly IReadOnlyList<string> Sections = new[] { "## What happened", "## Why the cluster would fail", "## How to fix it" };

    private static readonly Regex Title = new(@"^# (?<id>OCM\d{4}): \S", RegexOptions.CultureInvariant);

    /// <summary>One message per way the page (file name <paramref name="page"/>, e.g. <c>OCM2034.md</c>) departs from the shape.</summary>
    public static IReadOnlyList<string> Findings(string page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var findings = new List<string>();

        var title = Title.Match(lines[0]);
        if (!title.Success || title.Groups["id"].Value + ".md" != page)
        {
            findings.Add($"{page}: the first line is not '# {page[..^".md".Length]}: <title>'");
        }

        // Prose lines with their index: everything outside fenced code blocks.
        var prose = new List<(int Index, string Line)>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                prose.Add((i, lines[i].TrimEnd()));
            }
        }

        var firstSection = prose.FirstOrDefault(p => p.Line.StartsWith("## ", StringComparison.Ordinal)).Index;
        if (!prose.Any(p => p.Line.StartsWith("Severity: ", StringComparison.Ordinal) && (firstSection == 0 || p.Index < firstSection)))
        {
            findings.Add($"{page}: no 'Severity: …' line before the first section");
        }

        var previous = -1;
        foreach (var heading in Sections)
        {
            var found = prose.Where(p => p.Line == heading).Select(p => p.Index).ToList();
            if (found.Count != 1)
            {
                findings.Add($"{page}: '{heading}' appears {found.Count} times, not once");
                continue;
            }

            if (found[0] < previous)
            {
                findings.Add($"{page}: '{heading}' comes before the section it should follow");
            }

            previous = found[0];
        }

        var fix = prose.Where(p => p.Line == Sections[^1]).Select(p => p.Index).DefaultIfEmpty(0).First();
        var before = SnippetAfter(lines, prose, "Before:", fix, page, findings);
        var after = SnippetAfter(lines, prose, "After:", fix, page, findings);
        if (before is { } b && after is { } a && a < b)
        {
            findings.Add($"{page}: 'After:' comes before 'Before:'");
        }

        return findings;
    }

    /// <summary>The line of the first <paramref name="label"/> after the fix section that a fenced code block follows (blank lines between are fine).</summary>
    private static int? SnippetAfter(string[] lines, List<(int Index, string Line)> prose, string label, int fix, string page, List<string> findings)
    {
        var labelled = prose.Where(p => p.Line == label && p.Index > fix).Select(p => p.Index).ToList();
        if (labelled.Count == 0)
        {
            findings.Add($"{page}: no '{label}' line under '{Sections[^1]}'");
            return null;
        }

        foreach (var index in labelled)
        {
            var next = lines.Skip(index + 1).FirstOrDefault(line => line.Trim().Length > 0);
            if (next is not null && next.StartsWith("```", StringComparison.Ordinal) && ClosedFence(lines, Array.IndexOf(lines, next, index + 1)))
            {
                return index;
            }
        }

        findings.Add($"{page}: '{label}' is not followed by a fenced code block");
        return null;
    }

    /// <summary>Whether the fence opened at <paramref name="open"/> is closed further down.</summary>
    private static bool ClosedFence(string[] lines, int open) =>
        lines.Skip(open + 1).Any(line => line.TrimEnd() == "```");
}
