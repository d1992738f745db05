using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1114: more than one <c>[ClusterConventions]</c> type in a project. The registry generator uses the first
/// (by file and line); every other one is reported here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateConventionsAnalyzer : DiagnosticAnalyzer
{
    private const string ConventionsAttribute = "OpenCode.Manifests.ClusterConventionsAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateConventions);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(ConventionsAttribute);
            if (attribute is null)
            {
                return;
            }

            var marked = new ConcurrentBag<INamedTypeSymbol>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    var type = (INamedTypeSymbol)symbol.Symbol;
                    if (type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                    {
                        marked.Add(type);
                    }
                },
                SymbolKind.NamedType);

            start.RegisterCompilationEndAction(end =>
            {
                var ordered = marked
                    .Where(t => t.Locations.Length > 0 && t.Locations[0].IsInSource)
                    .OrderBy(t => t.Locations[0].SourceTree!.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(t => t.Locations[0].SourceSpan.Start)
                    .ToList();
                foreach (var extra in ordered.Skip(1))
                {
                    end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateConventions, extra.Locations[0], extra.ToDisplayString(), ordered[0].ToDisplayString()));
                }
            });
        });
    }
}
