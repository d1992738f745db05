using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCode.Manifests.Generators.Analyzers;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// Compiles a snippet in memory against this machine's runtime and the library (no downloads), and runs every
/// OpenCode.Manifests analyzer on it the way the compiler does.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The file name every snippet is compiled as.</summary>
    public const string FileName = "/ws/Workspaces.cs";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Concat(new[] { typeof(OpenCodeWorkspace).Assembly.Location, typeof(YamlDotNet.RepresentationModel.YamlNode).Assembly.Location })
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    });

    /// <summary>Every analyzer the generators assembly ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ConstraintAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The in-memory compilation of <paramref name="source"/>.</summary>
    public static CSharpCompilation Compilation(string source) => CSharpCompilation.Create(
        "UserWorkspaces",
        new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: FileName) },
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiler errors and every analyzer diagnostic (compilation-end ones included).</summary>
    /// <param name="source">The snippet.</param>
    /// <param name="allowedCompilerErrors">Compiler error ids the snippet is expected to have (e.g. CS1503 for the
    /// analyzers that explain it); any other compiler error means the snippet is broken.</param>
    public static IReadOnlyList<Diagnostic> Run(string source, params string[] allowedCompilerErrors)
    {
        var compilation = Compilation(source);
        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !allowedCompilerErrors.Contains(d.Id)).ToList();
        if (compilerErrors.Count > 0)
        {
            throw new InvalidOperationException("the snippet does not compile:\n" + string.Join("\n", compilerErrors));
        }

        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("an analyzer threw:\n" + string.Join("\n", failures));
        }

        return diagnostics;
    }

    /// <summary>The 1-based line of the only line of <paramref name="source"/> carrying the comment <c>//@marker</c>.</summary>
    public static int LineOf(string source, string marker)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains("//@" + marker, StringComparison.Ordinal)).ToList();
        if (found.Count != 1)
        {
            throw new InvalidOperationException($"marker '{marker}' appears {found.Count} times");
        }

        return found[0] + 1;
    }
}
