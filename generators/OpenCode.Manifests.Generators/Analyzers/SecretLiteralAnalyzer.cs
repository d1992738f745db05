using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1113 (error): a constant going to a <c>[NoSecretLiteral]</c> parameter or property (an environment value
/// written in plain text into the committed manifests) that looks like a credential: a known token prefix
/// (<c>ghp_</c>, <c>github_pat_</c>, <c>sk-</c>, <c>xoxb-</c>, …), a long high-entropy string, or any literal
/// value of a variable named like a password or token.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SecretLiteral);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attributes = ConstraintAttributes.For(start.Compilation);
            if (attributes?.NoSecretLiteral is null)
            {
                return;
            }

            start.RegisterOperationAction(operation => Check(operation, attributes), OperationKind.Argument, OperationKind.SimpleAssignment);
        });
    }

    private static void Check(OperationAnalysisContext context, ConstraintAttributes attributes)
    {
        if (!ConstrainedValue.TryRead(context.Operation, out var value) || value.Constant is not string text || !value.Has(attributes.NoSecretLiteral))
        {
            return;
        }

        var name = value.SiblingArgument(attributes.EnvVarName);
        var reason = ConstraintSyntax.SecretLikeReason(name, text);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretLiteral, value.Location, name ?? value.Target.Name, reason));
        }
    }
}
