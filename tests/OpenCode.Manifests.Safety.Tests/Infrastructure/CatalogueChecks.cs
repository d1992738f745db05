using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// The rules that keep the diagnostics catalogue the one place an OCM id is written. Each check takes its input as
/// values, so a test can feed it a bad case, and returns one message per finding (empty: all well).
/// </summary>
internal static class CatalogueChecks
{
    private static readonly Regex IdPattern = new(@"OCM\d{4}", RegexOptions.CultureInvariant);

    /// <summary>Ids without a page <c>&lt;id&gt;.md</c>, and pages (file names) without an id.</summary>
    public static IReadOnlyList<string> PagesAndEntries(IEnumerable<string> ids, IEnumerable<string> pageFileNames)
    {
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        var pages = pageFileNames.ToHashSet(StringComparer.Ordinal);
        return idSet.Where(id => !pages.Contains(id + ".md")).Select(id => $"{id} has no page docs/diagnostics/{id}.md")
            .Concat(pages.Where(page => !idSet.Contains(page[..^".md".Length])).Select(page => $"docs/diagnostics/{page} has no catalogue entry"))
            .OrderBy(m => m, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Entries whose help link is not <see cref="DiagnosticCatalog.HelpBase"/> + id + <c>.md</c>, the page's address.</summary>
    public static IReadOnlyList<string> HelpLinks(IEnumerable<(string Id, string HelpLink)> entries, string helpBase)
    {
        var messages = new List<string>();
        if (!helpBase.EndsWith("/docs/diagnostics/", StringComparison.Ordinal))
        {
            messages.Add($"the help base {helpBase} does not end in the pages' folder /docs/diagnostics/");
        }

        messages.AddRange(entries
            .Where(entry => entry.HelpLink != helpBase + entry.Id + ".md")
            .Select(entry => $"{entry.Id}: help link {entry.HelpLink} is not {helpBase}{entry.Id}.md"));
        return messages;
    }

    /// <summary>
    /// String literals of C# source <paramref name="text"/> (plain, verbatim, raw, UTF-8 and the text parts of
    /// interpolated strings) that contain an OCM id, as <c>file:line: literal</c>. Comments are not literals.
    /// </summary>
    public static IReadOnlyList<string> IdLiteralsInCSharp(string file, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), file).GetRoot();
        return root.DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8StringLiteralToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.CharacterLiteralToken))
            .Where(token => IdPattern.IsMatch(token.Text))
            .Select(token => $"{file}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {token.Text.Trim()}")
            .ToList();
    }

    /// <summary>Lines of an MSBuild file that name an OCM id, as <c>file:line: text</c>.</summary>
    public static IReadOnlyList<string> IdsInMsBuild(string file, string text) => text.Split('\n')
        .Select((line, index) => (line, index))
        .Where(l => IdPattern.IsMatch(l.line))
        .Select(l => $"{file}:{l.index + 1}: {l.line.Trim()}")
        .ToList();

    /// <summary>Roslyn descriptors that differ from their catalogue entry in severity, title, category or help link, or have none.</summary>
    public static IReadOnlyList<string> Descriptors(IEnumerable<DiagnosticDescriptor> descriptors, IEnumerable<DiagnosticEntry> catalogue)
    {
        var entries = catalogue.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var messages = new List<string>();
        foreach (var descriptor in descriptors)
        {
            if (!entries.TryGetValue(descriptor.Id, out var entry))
            {
                messages.Add($"{descriptor.Id}: descriptor without a catalogue entry");
                continue;
            }

            var severity = entry.Severity == Diagnostics.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;
            var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (descriptor.DefaultSeverity != severity)
            {
                messages.Add($"{descriptor.Id}: severity {descriptor.DefaultSeverity}, catalogue {entry.Severity}");
            }

            if (title != entry.Title)
            {
                messages.Add($"{descriptor.Id}: title '{title}', catalogue '{entry.Title}'");
            }

            if (descriptor.Category != entry.Category)
            {
                messages.Add($"{descriptor.Id}: category '{descriptor.Category}', catalogue '{entry.Category}'");
            }

            if (descriptor.HelpLinkUri != entry.HelpLink)
            {
                messages.Add($"{descriptor.Id}: help link '{descriptor.HelpLinkUri}', catalogue '{entry.HelpLink}'");
            }
        }

        return messages;
    }
}
