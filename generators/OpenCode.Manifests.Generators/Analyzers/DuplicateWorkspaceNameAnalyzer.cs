using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1111: two <c>[Workspace]</c> records whose constant names (the <c>Name</c> argument of their
/// <c>OpenCodeWorkspace</c> base call) are equal in one namespace. Compilation-end analysis: the names are
/// collected from every record's base call and compared once the whole compilation is seen. A workspace whose
/// name or namespace is not a constant is left to the build (OCM2010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateWorkspaceNameAnalyzer : DiagnosticAnalyzer
{
    private const string WorkspaceAttribute = "OpenCode.Manifests.WorkspaceAttribute";
    private const string WorkspaceBase = "OpenCode.Manifests.OpenCodeWorkspace";

    // OpenCodeWorkspace.Namespace's initial value; a workspace that assigns a constant namespace uses that instead.
    private const string DefaultNamespace = "opencode";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateWorkspaceName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(WorkspaceAttribute);
            var workspaceBase = start.Compilation.GetTypeByMetadataName(WorkspaceBase);
            if (attribute is null || workspaceBase is null)
            {
                return;
            }

            var names = new ConcurrentDictionary<INamedTypeSymbol, (string Name, Location Location)>(SymbolEqualityComparer.Default);
            var namespaces = new ConcurrentDictionary<INamedTypeSymbol, string?>(SymbolEqualityComparer.Default);

            start.RegisterOperationAction(
                operation =>
                {
                    if (WorkspaceType(operation.ContainingSymbol, attribute) is not { } type)
                    {
                        return;
                    }

                    switch (operation.Operation)
                    {
                        case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } call
                            when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, workspaceBase):
                            var name = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "Name");
                            if (name is not null && ConstrainedValue.Unwrap(name.Value).ConstantValue is { HasValue: true, Value: string text })
                            {
                                names[type] = (text, name.Value.Syntax.GetLocation());
                            }

                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Namespace" } target } assignment
                            when SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, workspaceBase):
                            // null marks a namespace that is not a constant: such a workspace is not compared.
                            namespaces[type] = ConstrainedValue.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: string ns } ? ns : null;
                            break;
                    }
                },
                OperationKind.Invocation,
                OperationKind.SimpleAssignment);

            start.RegisterCompilationEndAction(end =>
            {
                var declared = names
                    .Select(pair => (Type: pair.Key, pair.Value.Name, pair.Value.Location,
                        Namespace: namespaces.TryGetValue(pair.Key, out var ns) ? ns : DefaultNamespace))
                    .Where(w => w.Namespace is not null)
                    .OrderBy(w => w.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(w => w.Location.SourceSpan.Start)
                    .GroupBy(w => (w.Namespace, w.Name));
                foreach (var group in declared)
                {
                    var first = group.First();
                    foreach (var duplicate in group.Skip(1))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateWorkspaceName,
                            duplicate.Location,
                            duplicate.Name,
                            duplicate.Namespace,
                            first.Type.ToDisplayString()));
                    }
                }
            });
        });
    }

    private static INamedTypeSymbol? WorkspaceType(ISymbol containing, INamedTypeSymbol attribute)
    {
        var type = containing as INamedTypeSymbol ?? containing.ContainingType;
        return type is not null && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)) ? type : null;
    }
}
