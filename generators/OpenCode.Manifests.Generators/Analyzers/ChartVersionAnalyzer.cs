using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1120 (error): a constant app-template version whose major has no values model in the library (neither 4.x nor
/// 5.x: <c>6.0.0</c>, <c>latest</c>), written in <c>new ChartSource(url, version)</c> for the app-template chart (a
/// constant URL naming another chart is left alone). The build would stop at every app using it (OCM2071); this says
/// so at the literal, in the IDE.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ChartVersionAnalyzer : DiagnosticAnalyzer
{
    private const string ChartSourceType = "OpenCode.Manifests.Conventions.ChartSource";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnmodelledChartVersion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var chartSource = start.Compilation.GetTypeByMetadataName(ChartSourceType);
            if (chartSource is not null)
            {
                start.RegisterOperationAction(operation => Check(operation, chartSource), OperationKind.ObjectCreation);
            }
        });
    }

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol chartSource)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, chartSource) || creation.Arguments.Length < 2)
        {
            return;
        }

        IArgumentOperation? url = null;
        IArgumentOperation? version = null;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "Url":
                    url = argument;
                    break;
                case "Version":
                    version = argument;
                    break;
            }
        }

        if (version is null || ConstrainedValue.Unwrap(version.Value).ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        if (url is not null && ConstrainedValue.Unwrap(url.Value).ConstantValue is { HasValue: true, Value: string address }
            && !address.TrimEnd('/').EndsWith("/app-template", System.StringComparison.Ordinal))
        {
            return;
        }

        if (!ConstraintSyntax.IsModelledAppTemplateMajor(ConstraintSyntax.ChartMajor(text)))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnmodelledChartVersion, version.Syntax.GetLocation(), text));
        }
    }
}
