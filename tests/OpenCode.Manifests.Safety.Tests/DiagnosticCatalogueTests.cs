using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Generators.Analyzers;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// The diagnostics catalogue is the one place an OCM id is written: every entry has its page and the page has its
/// entry, help links point at the pages, no id is a string literal elsewhere in src/ or generators/ (nor in the
/// MSBuild files we ship), and the generators' Roslyn descriptors say what the catalogue says. Each check has a
/// negative control fed an in-memory bad case.
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    private static string Pages => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");

    [Fact]
    public void Every_entry_has_its_page_and_every_page_its_entry()
    {
        var pages = Directory.GetFiles(Pages, "*.md").Select(Path.GetFileName).Select(name => name!);
        var findings = CatalogueChecks.PagesAndEntries(DiagnosticCatalog.All.Select(e => e.Id), pages);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Negative_control_a_missing_page_and_an_orphan_page_are_reported()
    {
        var findings = CatalogueChecks.PagesAndEntries(new[] { "OCM1001", "OCM3011" }, new[] { "OCM1001.md", "OCM9999.md" });
        Assert.Equal(new[] { "OCM3011 has no page docs/diagnostics/OCM3011.md", "docs/diagnostics/OCM9999.md has no catalogue entry" }, findings);
    }

    [Fact]
    public void Every_page_says_what_happened_why_the_cluster_would_fail_and_the_fix_with_a_before_and_after()
    {
        var pages = Directory.GetFiles(Pages, "*.md");
        Assert.True(pages.Length >= DiagnosticCatalog.All.Count, $"only {pages.Length} pages found");
        var findings = pages.SelectMany(path => DiagnosticPageShape.Findings(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Negative_control_a_page_missing_a_heading_out_of_order_or_without_its_after_snippet_is_reported()
    {
        const string Good = """
            # OCM2034: A secret that declares no keys

            Severity: Error. Reported by the build.

            ## What happened

            A secret was declared with no key.

            ## Why the cluster would fail

            The webhook rejects it.

            ## How to fix it

            Declare its keys.

            Before:

            ```csharp
            var extra = app.Builder.Secret("notes-extra");
            ```

            After:

            ```csharp
            var extra = app.Builder.Secret("notes-extra");
            extra.Declare("SMTP_PASSWORD", "NOTES_SMTP_PASSWORD");
            ```
            """;
        Assert.Empty(DiagnosticPageShape.Findings("OCM2034.md", Good));

        var noWhy = Good.Replace("## Why the cluster would fail", "## Why it matters", StringComparison.Ordinal);
        Assert.Equal("OCM2034.md: '## Why the cluster would fail' appears 0 times, not once", Assert.Single(DiagnosticPageShape.Findings("OCM2034.md", noWhy)));

        var swapped = Good.Replace("## What happened", "## TEMP", StringComparison.Ordinal)
            .Replace("## Why the cluster would fail", "## What happened", StringComparison.Ordinal)
            .Replace("## TEMP", "## Why the cluster would fail", StringComparison.Ordinal);
        Assert.Equal("OCM2034.md: '## Why the cluster would fail' comes before the section it should follow", Assert.Single(DiagnosticPageShape.Findings("OCM2034.md", swapped)));

        var afterWithoutSnippet = Good[..Good.LastIndexOf("```csharp", StringComparison.Ordinal)] + "Declare the key on the secret.\n";
        Assert.Equal("OCM2034.md: 'After:' is not followed by a fenced code block", Assert.Single(DiagnosticPageShape.Findings("OCM2034.md", afterWithoutSnippet)));

        var noAfter = Good[..Good.IndexOf("After:", StringComparison.Ordinal)];
        Assert.Equal("OCM2034.md: no 'After:' line under '## How to fix it'", Assert.Single(DiagnosticPageShape.Findings("OCM2034.md", noAfter)));

        // A heading that only appears inside a snippet is not the page's heading; nor is a page titled with another id.
        var headingInSnippet = Good.Replace("## What happened\n", "```md\n## What happened\n```\n", StringComparison.Ordinal);
        Assert.Contains("OCM2034.md: '## What happened' appears 0 times, not once", DiagnosticPageShape.Findings("OCM2034.md", headingInSnippet));
        Assert.Contains("OCM2035.md: the first line is not '# OCM2035: <title>'", DiagnosticPageShape.Findings("OCM2035.md", Good));
    }

    [Fact]
    public void Every_help_link_is_the_address_of_its_page()
    {
        var findings = CatalogueChecks.HelpLinks(DiagnosticCatalog.All.Select(e => (e.Id, e.HelpLink)), DiagnosticCatalog.HelpBase);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Negative_control_a_help_link_to_another_page_is_reported()
    {
        var findings = CatalogueChecks.HelpLinks(new[] { ("OCM2001", DiagnosticCatalog.HelpBase + "OCM2002.md") }, DiagnosticCatalog.HelpBase);
        Assert.Equal($"OCM2001: help link {DiagnosticCatalog.HelpBase}OCM2002.md is not {DiagnosticCatalog.HelpBase}OCM2001.md", Assert.Single(findings));
    }

    [Fact]
    public void No_id_is_a_string_literal_outside_the_catalogue()
    {
        var catalogue = Path.Combine(RepositoryPaths.Root, "src", "OpenCode.Manifests", "Diagnostics", "DiagnosticCatalog.cs");
        var sources = new[] { "src", "generators" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path) && path != catalogue)
            .ToList();
        Assert.True(sources.Count > 100, $"only {sources.Count} source files found");

        var findings = sources
            .SelectMany(path => CatalogueChecks.IdLiteralsInCSharp(Relative(path), File.ReadAllText(path)))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "OpenCode.Manifests", "build"))
                .Where(path => path.EndsWith(".targets", StringComparison.Ordinal) || path.EndsWith(".props", StringComparison.Ordinal))
                .SelectMany(path => CatalogueChecks.IdsInMsBuild(Relative(path), File.ReadAllText(path))))
            .ToList();
        Assert.True(findings.Count == 0, "use DiagnosticCatalog.<Name>.Id instead of:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void Negative_control_id_literals_plain_verbatim_raw_and_interpolated_are_reported_and_comments_are_not()
    {
        const string source = """
            // OCM2001 in a comment is fine
            /// <summary>So is OCM2002 in a doc comment.</summary>
            class C
            {
                string a = "OCM2003";
                string b = $"error {"x"} OCM2004: {a}";
                string c = @"OCM2005";
                string d = \"\"\"
                    raw OCM2006
                    \"\"\";
                string e = "OCM12"; // too short: not an id
            }
            """;
        var findings = CatalogueChecks.IdLiteralsInCSharp("Bad.cs", source.Replace("\\\"", "\"", StringComparison.Ordinal));
        Assert.Equal(new[] { "Bad.cs:5", "Bad.cs:6", "Bad.cs:7", "Bad.cs:8" }, findings.Select(f => string.Join(":", f.Split(':').Take(2))));

        var msbuild = CatalogueChecks.IdsInMsBuild("Bad.targets", "<Project>\n  <Warning Code=\"OCM3011\" Text=\"x\" />\n</Project>\n");
        Assert.Equal("Bad.targets:2: <Warning Code=\"OCM3011\" Text=\"x\" />", Assert.Single(msbuild));
    }

    [Fact]
    public void The_generators_descriptors_say_what_the_catalogue_says()
    {
        var descriptors = GeneratorDescriptors();
        Assert.True(descriptors.Count >= 20, $"only {descriptors.Count} descriptors found");
        // Every id an analyzer reports is among them.
        Assert.Empty(AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Except(descriptors.Select(d => d.Id)));

        var findings = CatalogueChecks.Descriptors(descriptors.Concat(AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics)), DiagnosticCatalog.All);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Negative_control_a_descriptor_that_drifted_from_the_catalogue_is_reported()
    {
        var entry = DiagnosticCatalog.NotDnsLabel;
        var drifted = new DiagnosticDescriptor(entry.Id, "Name is not a label", "{0}", entry.Category, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, true,
            helpLinkUri: DiagnosticCatalog.HelpBase + "OCM1102.md");
        var unknown = new DiagnosticDescriptor("OCM1998", entry.Title, "{0}", entry.Category, Microsoft.CodeAnalysis.DiagnosticSeverity.Error, true);

        var findings = CatalogueChecks.Descriptors(new[] { drifted, unknown }, DiagnosticCatalog.All);

        Assert.Equal(new[]
        {
            "OCM1101: severity Warning, catalogue Error",
            "OCM1101: title 'Name is not a label', catalogue 'Name is not a DNS label'",
            $"OCM1101: help link '{DiagnosticCatalog.HelpBase}OCM1102.md', catalogue '{DiagnosticCatalog.HelpBase}OCM1101.md'",
            "OCM1998: descriptor without a catalogue entry",
        }, findings);
    }

    /// <summary>Every static DiagnosticDescriptor of the generator assembly's descriptor class (it is internal).</summary>
    /// <summary>
    /// The analyzer release file lists exactly the generators' descriptors with their category and severity. This
    /// is the check Roslyn's release tracking (RS2000–RS2008) would make, which cannot see ids that come from the
    /// catalogue rather than from constants in each descriptor (RS2002 is suppressed in the generators' project).
    /// </summary>
    [Fact]
    public void The_analyzer_release_file_lists_every_generator_descriptor_as_the_catalogue_says()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators/OpenCode.Manifests.Generators/AnalyzerReleases.Unshipped.md"));
        var findings = ReleaseFileFindings(file, GeneratorDescriptors());
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Negative_control_a_release_file_with_a_missing_row_and_a_wrong_severity_is_reported()
    {
        var descriptors = GeneratorDescriptors();
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators/OpenCode.Manifests.Generators/AnalyzerReleases.Unshipped.md"));
        var missing = descriptors[0];
        var flipped = descriptors[1];
        var actual = $"{flipped.Id} | {flipped.Category} | {flipped.DefaultSeverity}";
        var wrong = $"{flipped.Id} | {flipped.Category} | {(flipped.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error ? "Warning" : "Error")}";
        Assert.Contains(actual, file, StringComparison.Ordinal);
        var edited = string.Join("\n", file.Split('\n').Where(line => !line.StartsWith(missing.Id + " ", StringComparison.Ordinal)))
            .Replace(actual, wrong, StringComparison.Ordinal);
        var findings = ReleaseFileFindings(edited, descriptors);
        Assert.Contains(findings, f => f.Contains(missing.Id, StringComparison.Ordinal) && f.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith(flipped.Id + ": the release file says", StringComparison.Ordinal));
    }

    private static List<string> ReleaseFileFindings(string releaseFile, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var rows = releaseFile.Split('\n')
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0].StartsWith("OCM", StringComparison.Ordinal))
            .ToDictionary(cells => cells[0], cells => (Category: cells[1], Severity: cells[2]));
        var findings = new List<string>();
        foreach (var descriptor in descriptors.DistinctBy(d => d.Id))
        {
            if (!rows.TryGetValue(descriptor.Id, out var row))
            {
                findings.Add($"{descriptor.Id}: missing from AnalyzerReleases.Unshipped.md");
            }
            else if (row.Category != descriptor.Category || row.Severity != descriptor.DefaultSeverity.ToString())
            {
                findings.Add($"{descriptor.Id}: the release file says {row.Category} | {row.Severity}, the descriptor {descriptor.Category} | {descriptor.DefaultSeverity}");
            }
        }

        findings.AddRange(rows.Keys.Except(descriptors.Select(d => d.Id)).Select(id => $"{id}: listed in the release file but no generator descriptor has it"));
        return findings;
    }

    private static IReadOnlyList<DiagnosticDescriptor> GeneratorDescriptors()
    {
        var type = typeof(ConstraintAnalyzer).Assembly.GetType("OpenCode.Manifests.Generators.DiagnosticDescriptors", throwOnError: true)!;
        return type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string path) =>
        Relative(path).Split('/').Any(part => part is "bin" or "obj");
}
