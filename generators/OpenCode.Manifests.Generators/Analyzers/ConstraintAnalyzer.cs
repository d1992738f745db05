using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1101–OCM1110: a compile-time constant passed to (or assigned to) a parameter or property carrying a
/// constraint attribute must satisfy it — names are DNS labels, container paths absolute, volume paths relative,
/// hosts DNS labels, schedules cron, sizes quantities, variable names portable, images well-formed, ports in range.
/// The same syntax rules (<see cref="ConstraintSyntax"/>) back the build-time checks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstraintAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the DNS label the code fix writes.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotDnsLabel,
        DiagnosticDescriptors.NotAbsolutePath,
        DiagnosticDescriptors.NotRelativePath,
        DiagnosticDescriptors.NotHostname,
        DiagnosticDescriptors.NotCronSchedule,
        DiagnosticDescriptors.NotQuantity,
        DiagnosticDescriptors.NotEnvVarName,
        DiagnosticDescriptors.NotImageTag,
        DiagnosticDescriptors.NotImageRepository,
        DiagnosticDescriptors.NotPort);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attributes = ConstraintAttributes.For(start.Compilation);
            if (attributes is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation => Check(operation, attributes),
                OperationKind.Argument,
                OperationKind.SimpleAssignment);
        });
    }

    private static void Check(OperationAnalysisContext context, ConstraintAttributes attributes)
    {
        if (!ConstrainedValue.TryRead(context.Operation, out var value) || value.Attributes.IsEmpty)
        {
            return;
        }

        if (value.Constant is string text)
        {
            if (value.Has(attributes.DnsLabel) && !ConstraintSyntax.IsDnsLabel(text))
            {
                var suggestion = ConstraintSyntax.SuggestDnsLabel(text);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotDnsLabel, value.Location, properties, text, suggestion));
            }

            Report(context, value, attributes.AbsolutePath, ConstraintSyntax.IsAbsolutePath, DiagnosticDescriptors.NotAbsolutePath, text);
            Report(context, value, attributes.RelativePath, ConstraintSyntax.IsRelativePath, DiagnosticDescriptors.NotRelativePath, text);
            Report(context, value, attributes.Hostname, ConstraintSyntax.IsHostBeforeDomain, DiagnosticDescriptors.NotHostname, text);
            Report(context, value, attributes.CronSchedule, ConstraintSyntax.IsCronSchedule, DiagnosticDescriptors.NotCronSchedule, text);
            Report(context, value, attributes.KubernetesQuantity, ConstraintSyntax.IsKubernetesQuantity, DiagnosticDescriptors.NotQuantity, text);
            Report(context, value, attributes.EnvVarName, ConstraintSyntax.IsEnvVarName, DiagnosticDescriptors.NotEnvVarName, text);
            Report(context, value, attributes.ImageTag, ConstraintSyntax.IsImageTag, DiagnosticDescriptors.NotImageTag, text);
            Report(context, value, attributes.ImageRepository, ConstraintSyntax.IsImageRepository, DiagnosticDescriptors.NotImageRepository, text);
        }
        else if (value.Constant is int or long && value.Has(attributes.PortNumber))
        {
            var port = System.Convert.ToInt64(value.Constant, CultureInfo.InvariantCulture);
            if (!ConstraintSyntax.IsPort(port))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPort, value.Location, port.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void Report(OperationAnalysisContext context, ConstrainedValue value, INamedTypeSymbol? attribute,
        System.Func<string, bool> isValid, DiagnosticDescriptor descriptor, string text)
    {
        if (value.Has(attribute) && !isValid(text))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, value.Location, text));
        }
    }
}
