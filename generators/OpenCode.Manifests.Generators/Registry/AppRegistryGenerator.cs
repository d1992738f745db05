using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OpenCode.Manifests.Generators.Registry;

/// <summary>
/// Lists the project's <c>[App]</c> and <c>[Workspace]</c> types, with where their names are declared, in a generated
/// registry (<c>GeneratedAppRegistry</c>) together with its <c>[ClusterConventions]</c> type, and (for an executable
/// that asks for it) the entry point the build target runs. No reflection at run time.
/// </summary>
/// <remarks>
/// Each marked declaration becomes a <see cref="MarkedType"/> (plain data) in its own transform, so an edit that
/// leaves a type's name and position as they were stops there and nothing is regenerated. Types the registry could
/// not create are left out and reported (OCM1115, OCM1116) instead of breaking the generated code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class AppRegistryGenerator : IIncrementalGenerator
{
    private const string AppAttribute = "OpenCode.Manifests.AppAttribute";
    private const string WorkspaceAttribute = "OpenCode.Manifests.WorkspaceAttribute";
    private const string ConventionsAttribute = "OpenCode.Manifests.ClusterConventionsAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var apps = Marked(context, AppAttribute, MarkerKind.App, RegistryTrackingNames.AppTypes);
        var workspaces = Marked(context, WorkspaceAttribute, MarkerKind.Workspace, RegistryTrackingNames.WorkspaceTypes);
        var conventions = Marked(context, ConventionsAttribute, MarkerKind.ClusterConventions, RegistryTrackingNames.ConventionsTypes);

        var model = apps.Collect()
            .Combine(workspaces.Collect())
            .Combine(conventions.Collect())
            .Select(static (input, _) => RegistryModel.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(RegistryTrackingNames.Model);

        var wantsEntryPoint = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.OpenCodeManifestsEntryPoint", out var value)
                && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(RegistryTrackingNames.EntryPointOption);

        var source = model.Combine(wantsEntryPoint)
            .Select(static (input, _) => new GeneratedRegistry(
                input.Left.HasMarkedApps || input.Right ? RegistryEmitter.Emit(input.Left, input.Right) : null,
                input.Left.Diagnostics))
            .WithTrackingName(RegistryTrackingNames.Source);

        context.RegisterSourceOutput(source, static (output, registry) =>
        {
            foreach (var diagnostic in registry.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (registry.Text is not null)
            {
                output.AddSource(GeneratedRegistry.HintName, SourceText.From(registry.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    private static IncrementalValuesProvider<MarkedType> Marked(IncrementalGeneratorInitializationContext context, string attribute, MarkerKind kind, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, static (node, _) => node is BaseTypeDeclarationSyntax, (ctx, _) => MarkedTypeReader.Read(ctx, kind))
            .WithTrackingName(trackingName);
}
