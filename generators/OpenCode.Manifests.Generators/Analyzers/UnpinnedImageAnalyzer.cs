using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1112 (error): an image tagged <c>latest</c> (a constant going to an <c>[ImageTag]</c> parameter or
/// property, or to <c>ContainerImage.Tag</c>), or a <c>ContainerImage</c> created with a repository but neither tag nor digest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnpinnedImageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the image repository, when it is a constant next to the tag.</summary>
    public const string RepositoryProperty = "Repository";

    private const string ContainerImageType = "OpenCode.Manifests.AppTemplate.ContainerImage";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnpinnedImage);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attributes = ConstraintAttributes.For(start.Compilation);
            var containerImage = start.Compilation.GetTypeByMetadataName(ContainerImageType);
            if (attributes is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation => CheckTag(operation, attributes, containerImage),
                OperationKind.Argument,
                OperationKind.SimpleAssignment);
            if (containerImage is not null)
            {
                start.RegisterOperationAction(operation => CheckUntagged(operation, containerImage), OperationKind.ObjectCreation);
            }
        });
    }

    private static void CheckTag(OperationAnalysisContext context, ConstraintAttributes attributes, INamedTypeSymbol? containerImage)
    {
        if (!ConstrainedValue.TryRead(context.Operation, out var value) || value.Constant is not string tag || !ConstraintSyntax.IsFloatingTag(tag))
        {
            return;
        }

        var isContainerImageTag = value.Target is IPropertySymbol { Name: "Tag" } property
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, containerImage);
        if (!value.Has(attributes.ImageTag) && !isContainerImageTag)
        {
            return;
        }

        var repository = value.SiblingArgument(attributes.ImageRepository);
        var properties = repository is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(RepositoryProperty, repository);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnpinnedImage,
            value.Location,
            properties,
            (repository ?? "…") + ":" + tag,
            "tagged 'latest', which moves on every release",
            repository is null ? "" : " or use the library's pinned default (OpenCodeImages) when there is one"));
    }

    private static void CheckUntagged(OperationAnalysisContext context, INamedTypeSymbol containerImage)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, containerImage))
        {
            return;
        }

        // An image without a repository is a placeholder filled in later; one naming a repository is an image.
        string? repository = null;
        var namesRepository = false;
        if (creation.Initializer is not null)
        {
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                {
                    switch (target.Property.Name)
                    {
                        case "Tag":
                        case "Digest":
                            return;
                        case "Repository":
                            namesRepository = true;
                            repository = ConstrainedValue.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: string text } ? text : null;
                            break;
                    }
                }
            }
        }

        if (!namesRepository)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnpinnedImage,
            creation.Syntax.GetLocation(),
            repository ?? "…",
            "created with neither a tag nor a digest, so the runtime pulls 'latest'",
            ""));
    }
}
