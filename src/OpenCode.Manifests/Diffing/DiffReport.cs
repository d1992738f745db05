using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// The semantic diff as a reviewer reads it: grouped by app, then kind and name; per changed object the values that
/// changed (<c>path: before → after</c>), a text value of several lines as a small unified diff. Markdown for a pull
/// request comment (capped in size, as GitHub refuses comments over 65,536 characters), or plain text.
/// </summary>
public static class DiffReport
{
    /// <summary>The default cap of the markdown report, below GitHub's comment limit.</summary>
    public const int DefaultMarkdownCap = 60_000;

    private const int TextValueDiffLines = 40;

    private const string Arrow = " \u2192 ";

    private const string None = "(none)";

    /// <summary>The report as markdown.</summary>
    /// <param name="changes">The changes, ordered.</param>
    /// <param name="baseName">What the new tree is compared with (<c>origin/main</c>).</param>
    /// <param name="maxChars">The most characters the report has; whole objects that do not fit are left out and counted.</param>
    public static string Markdown(IReadOnlyList<ObjectChange> changes, string baseName, int maxChars = DefaultMarkdownCap)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(baseName);
        var head = new StringBuilder();
        head.Append("### Flux tree changes against ").Append(Code(baseName)).Append('\n').Append('\n');
        head.Append(Summary(changes));
        var sections = new List<string>();
        string? app = null;
        foreach (var change in changes)
        {
            var section = new StringBuilder();
            if (change.App != app)
            {
                app = change.App;
                section.Append('\n').Append("#### ").Append(Code(app)).Append('\n');
            }

            section.Append('\n').Append("- **").Append(Escape(change.Kind)).Append("** ").Append(Code(change.Name)).Append(' ').Append(Verb(change.Change)).Append('\n');
            foreach (var value in change.Values)
            {
                if (IsMultiline(value))
                {
                    section.Append("  - ").Append(Code(value.Path)).Append(":\n\n");
                    var diff = string.Join('\n', UnifiedDiff.Of(value.Path, value.Before, value.After, TextValueDiffLines).Skip(2).Select(l => l.Text));
                    var fence = Fence(diff);
                    section.Append("    ").Append(fence).Append("diff\n");
                    foreach (var line in diff.Split('\n'))
                    {
                        section.Append("    ").Append(line).Append('\n');
                    }

                    section.Append("    ").Append(fence).Append("\n\n");
                }
                else
                {
                    section.Append("  - ").Append(Code(value.Path)).Append(": ").Append(Shown(value.Before)).Append(Arrow).Append(Shown(value.After)).Append('\n');
                }
            }

            sections.Add(section.ToString());
        }

        return Capped(head.ToString(), sections, maxChars, markdown: true);
    }

    /// <summary>The report as plain text.</summary>
    /// <param name="changes">The changes, ordered.</param>
    /// <param name="baseName">What the new tree is compared with.</param>
    /// <param name="maxChars">The most characters the report has (no cap by default).</param>
    public static string Text(IReadOnlyList<ObjectChange> changes, string baseName, int maxChars = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(baseName);
        var head = "Flux tree changes against " + baseName + "\n" + Summary(changes).Replace("**", string.Empty, StringComparison.Ordinal);
        var sections = new List<string>();
        string? app = null;
        foreach (var change in changes)
        {
            var section = new StringBuilder();
            if (change.App != app)
            {
                app = change.App;
                section.Append('\n').Append(app).Append('\n');
            }

            section.Append("  ").Append(change.Kind).Append(' ').Append(change.Name).Append(": ").Append(Verb(change.Change)).Append('\n');
            foreach (var value in change.Values)
            {
                if (IsMultiline(value))
                {
                    section.Append("    ").Append(value.Path).Append(":\n");
                    foreach (var line in UnifiedDiff.Of(value.Path, value.Before, value.After, TextValueDiffLines).Skip(2))
                    {
                        section.Append("      ").Append(line.Text).Append('\n');
                    }
                }
                else
                {
                    section.Append("    ").Append(value.Path).Append(": ").Append(value.Before ?? None).Append(Arrow).Append(value.After ?? None).Append('\n');
                }
            }

            sections.Add(section.ToString());
        }

        return Capped(head, sections, maxChars, markdown: false);
    }

    private static string Capped(string head, List<string> sections, int maxChars, bool markdown)
    {
        var text = new StringBuilder(head);
        var shown = 0;
        foreach (var section in sections)
        {
            // Room for the note that would follow when something is cut.
            if (text.Length + section.Length > Math.Max(0, maxChars - 300))
            {
                break;
            }

            text.Append(section);
            shown++;
        }

        if (shown < sections.Count)
        {
            var note = string.Format(
                CultureInfo.InvariantCulture,
                "{0} more changed objects not shown (the report is capped at {1} characters); run the diff locally for all of it.",
                sections.Count - shown,
                maxChars);
            text.Append('\n').Append(markdown ? "> **" + note + "**" : note).Append('\n');
        }

        return text.ToString();
    }

    private static string Summary(IReadOnlyList<ObjectChange> changes)
    {
        if (changes.Count == 0)
        {
            return "No changes.\n";
        }

        var apps = changes.Select(c => c.App).Distinct(StringComparer.Ordinal).Count();
        return string.Format(
            CultureInfo.InvariantCulture,
            "**{0} changed, {1} added, {2} removed** in {3} {4}.\n",
            changes.Count(c => c.Change == ChangeKind.Changed),
            changes.Count(c => c.Change == ChangeKind.Added),
            changes.Count(c => c.Change == ChangeKind.Removed),
            apps,
            apps == 1 ? "app" : "apps");
    }

    private static string Verb(ChangeKind change) => change switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static bool IsMultiline(ValueChange value) =>
        (value.Before?.Contains('\n', StringComparison.Ordinal) ?? false) || (value.After?.Contains('\n', StringComparison.Ordinal) ?? false);

    private static string Shown(string? value) => value is null ? "*" + None + "*" : Code(value);

    /// <summary>Inline code that survives any backticks in the text (CommonMark: a longer backtick run, padded).</summary>
    private static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var ticks = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || text.Length == 0 ? " " : string.Empty;
        return ticks + pad + text + pad + ticks;
    }

    /// <summary>A code fence longer than any backtick run at the start of a line of the content.</summary>
    private static string Fence(string content)
    {
        var longest = 2;
        foreach (var line in content.Split('\n'))
        {
            var trimmed = line.TrimStart(' ', '+', '-');
            var run = trimmed.TakeWhile(c => c == '`').Count();
            longest = Math.Max(longest, run);
        }

        return new string('`', longest + 1);
    }

    /// <summary>Markdown punctuation in a kind (bold text) shown as itself.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_{}[]()#+-.!|<>~".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
