using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>
/// References between the library's namespaces run one way, down the <see cref="LayerMap"/>: read from the sources
/// with Roslyn (using directives and every bound name), judged rank by rank, and checked for cycles.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class LayerDirectionTests
{
    private readonly ITestOutputHelper output;

    public LayerDirectionTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_reference_in_the_library_runs_down_the_layers_and_no_namespaces_form_a_cycle()
    {
        var references = NamespaceReferenceScanner.Scan(LibrarySources.Compilation, LibrarySources.Trees, LibrarySources.FileName);
        var declarations = NamespaceReferenceScanner.Declarations(LibrarySources.Trees, LibrarySources.FileName).ToList();
        output.WriteLine("Namespace -> namespaces it uses (references: using directives and bound names):");
        output.WriteLine(LayerChecker.Table(references));

        // Not vacuous: the hand-written sources compile (so every name the scan bound is bound right) and every layer
        // of the map is seen. (The generated files are read by their global:: names, see NamespaceReferenceScanner.)
        var errors = LibrarySources.Trees.Where(t => !t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).AsParallel()
            .SelectMany(t => LibrarySources.Compilation.GetSemanticModel(t).GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the library sources do not bind:\n" + string.Join("\n", errors.Take(20)));
        var seen = references.Select(r => r.From).Concat(references.Select(r => r.To)).Concat(declarations.Select(d => d.Namespace)).ToHashSet();
        Assert.True(LayerMap.Ranks.Keys.All(seen.Contains), "layers never seen: " + string.Join(", ", LayerMap.Ranks.Keys.Where(ns => !seen.Contains(ns))));

        var violations = LayerChecker.Check(references, declarations);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Negative_control_a_low_layer_using_the_pipeline_is_reported_at_its_line()
    {
        var snippet = Snippet("Values/Backwards.cs", """
            namespace OpenCode.Manifests.Values;

            internal static class Backwards
            {
                internal static System.Type Pipeline() => typeof(OpenCode.Manifests.Pipeline.ManifestPipeline);
            }
            """);

        var violations = CheckWithLibrary(snippet);

        var violation = Assert.Single(violations);
        Assert.Equal("Values/Backwards.cs", violation.File);
        Assert.Equal(5, violation.Line);
        Assert.Contains("Values (rank 0) uses Pipeline (rank 7)", violation.Message);
        Assert.Contains("OpenCode.Manifests.Pipeline.ManifestPipeline", violation.Message);
    }

    [Fact]
    public void Negative_control_a_using_directive_alone_counts()
    {
        var snippet = Snippet("Graph/UnusedUsing.cs", """
            using OpenCode.Manifests.Apps;

            namespace OpenCode.Manifests.Graph;

            internal static class UnusedUsing
            {
            }
            """);

        var violation = Assert.Single(CheckWithLibrary(snippet));
        Assert.Equal(1, violation.Line);
        Assert.Contains("Graph (rank 4) uses Apps (rank 6)", violation.Message);
    }

    [Fact]
    public void Negative_control_composition_using_validation_is_forbidden_although_the_ranks_are_equal()
    {
        var snippet = Snippet("Composition/Peek.cs", """
            namespace OpenCode.Manifests.Composition;

            using OpenCode.Manifests.Validation;

            internal static class Peek
            {
            }
            """);

        var violation = Assert.Single(CheckWithLibrary(snippet));
        Assert.Equal(3, violation.Line);
        Assert.Contains("Composition must not use Validation", violation.Message);
    }

    [Fact]
    public void Negative_control_two_peers_using_each_other_are_a_cycle_reported_at_both_references()
    {
        var rendering = Snippet("Rendering/Ping.cs", """
            namespace OpenCode.Manifests.Rendering;

            internal sealed class Ping
            {
                internal OpenCode.Manifests.Conventions.Pong? Other { get; init; }
            }
            """);
        var conventions = Snippet("Conventions/Pong.cs", """
            namespace OpenCode.Manifests.Conventions;

            internal sealed class Pong
            {
                internal OpenCode.Manifests.Rendering.Ping? Other { get; init; }
            }
            """);
        var trees = new[] { rendering, conventions };
        var compilation = LibrarySources.Create(trees);

        var violations = LayerChecker.Check(
            NamespaceReferenceScanner.Scan(compilation, trees, LibrarySources.FileName),
            NamespaceReferenceScanner.Declarations(trees, LibrarySources.FileName));

        Assert.Equal(
            new[] { "Conventions/Pong.cs:5", "Rendering/Ping.cs:5" },
            violations.Select(v => $"{v.File}:{v.Line}").OrderBy(s => s, System.StringComparer.Ordinal));
        Assert.All(violations, v => Assert.StartsWith("cycle among Conventions, Rendering", v.Message));
    }

    [Fact]
    public void Negative_control_a_namespace_missing_from_the_map_fails()
    {
        var snippet = Snippet("Extras/Unplaced.cs", """
            namespace OpenCode.Manifests.Extras;

            internal static class Unplaced
            {
            }
            """);

        var violation = Assert.Single(CheckWithLibrary(snippet));
        Assert.Equal(("Extras/Unplaced.cs", 1), (violation.File, violation.Line));
        Assert.Contains("OpenCode.Manifests.Extras is not placed", violation.Message);
    }

    private static SyntaxTree Snippet(string path, string source) => CSharpSyntaxTree.ParseText(source, LibrarySources.ParseOptions, path);

    /// <summary>The violations of <paramref name="snippet"/>, bound together with the library's own sources.</summary>
    private static IReadOnlyList<LayerViolation> CheckWithLibrary(SyntaxTree snippet)
    {
        var compilation = LibrarySources.Compilation.AddSyntaxTrees(snippet);
        return LayerChecker.Check(
            NamespaceReferenceScanner.Scan(compilation, new[] { snippet }, LibrarySources.FileName),
            NamespaceReferenceScanner.Declarations(new[] { snippet }, LibrarySources.FileName));
    }
}
