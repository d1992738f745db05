using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1118 and OCM1119: an argument of the wrong type where the compiler's own error (CS1503) says only "cannot
/// convert": a string where a handle is expected (a container, volume or secret is passed as the object that
/// declared it, never by name), and a number where a <c>FileMode</c> is expected (modes are octal; an int literal
/// <c>0440</c> is decimal 440). Reported next to CS1503 with the hint the compiler cannot give.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArgumentHintAnalyzer : DiagnosticAnalyzer
{
    private const string HandleType = "OpenCode.Manifests.Composition.Handle";
    private const string SecretKeyType = "OpenCode.Manifests.Composition.SecretKey";
    private const string FileModeType = "OpenCode.Manifests.Composition.FileMode";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.StringForHandle, DiagnosticDescriptors.NumberForFileMode);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var handle = start.Compilation.GetTypeByMetadataName(HandleType);
            var secretKey = start.Compilation.GetTypeByMetadataName(SecretKeyType);
            var fileMode = start.Compilation.GetTypeByMetadataName(FileModeType);
            if (handle is null || fileMode is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(node => Check(node, handle, secretKey, fileMode), SyntaxKind.Argument);
        });
    }

    private static void Check(SyntaxNodeAnalysisContext context, INamedTypeSymbol handle, INamedTypeSymbol? secretKey, INamedTypeSymbol fileMode)
    {
        var argument = (ArgumentSyntax)context.Node;
        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list)
        {
            return;
        }

        // Only calls the compiler could not bind: a call that binds has no conversion problem to explain.
        var info = context.SemanticModel.GetSymbolInfo(call, context.CancellationToken);
        if (info.Symbol is not null || info.CandidateSymbols.IsEmpty)
        {
            return;
        }

        var argumentType = context.SemanticModel.GetTypeInfo(argument.Expression, context.CancellationToken).Type;
        if (argumentType is null)
        {
            return;
        }

        var position = list.Arguments.IndexOf(argument);
        foreach (var candidate in info.CandidateSymbols.OfType<IMethodSymbol>())
        {
            var parameter = argument.NameColon is { } name
                ? candidate.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : position < candidate.Parameters.Length ? candidate.Parameters[position] : null;
            if (parameter is null)
            {
                continue;
            }

            if (argumentType.SpecialType == SpecialType.System_String && (DerivesFrom(parameter.Type, handle) || SymbolEqualityComparer.Default.Equals(parameter.Type, secretKey)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StringForHandle, argument.GetLocation(), parameter.Name, parameter.Type.Name));
                return;
            }

            if (IsNumber(argumentType) && SymbolEqualityComparer.Default.Equals(Unwrap(parameter.Type), fileMode))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NumberForFileMode, argument.GetLocation(), parameter.Name));
                return;
            }
        }
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type itself, or T of a <c>T?</c> value type.</summary>
    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32;
}
