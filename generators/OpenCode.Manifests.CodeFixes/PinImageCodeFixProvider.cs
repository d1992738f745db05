using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using OpenCode.Manifests.Generators.Analyzers;

namespace OpenCode.Manifests.CodeFixes;

/// <summary>
/// Fixes OCM1112 where a sensible pin exists: <c>new PinnedImage(repository, "latest")</c> for a repository the
/// library pins (an <c>OpenCodeImages</c> property marked <c>[ImageDefault(repository)]</c>) becomes that
/// property, e.g. <c>OpenCodeImages.OpenCode</c>. No fix is offered otherwise: inventing a version number would
/// compile and pull an image nobody chose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinImageCodeFixProvider)), Shared]
public sealed class PinImageCodeFixProvider : CodeFixProvider
{
    /// <summary>The diagnostic this provider fixes.</summary>
    public static readonly string DiagnosticId = DiagnosticCatalog.UnpinnedImageInCode.Id;

    private const string ImagesType = "OpenCode.Manifests.OpenCodeImages";
    private const string ImageDefaultAttribute = "OpenCode.Manifests.Constraints.ImageDefaultAttribute";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnpinnedImageAnalyzer.RepositoryProperty, out var repository) || repository is null)
            {
                continue;
            }

            var creation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .OfType<BaseObjectCreationExpressionSyntax>()
                .FirstOrDefault();
            var pinned = creation is null ? null : PinnedDefault(model.Compilation, repository);
            if (creation is null || pinned is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use the library's pinned image OpenCodeImages.{pinned.Name}",
                    token => Replace(context.Document, root, creation, pinned.Name, token),
                    equivalenceKey: DiagnosticId),
                diagnostic);
        }
    }

    private static IPropertySymbol? PinnedDefault(Compilation compilation, string repository)
    {
        var images = compilation.GetTypeByMetadataName(ImagesType);
        var attribute = compilation.GetTypeByMetadataName(ImageDefaultAttribute);
        if (images is null || attribute is null)
        {
            return null;
        }

        return images.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => p.IsStatic && p.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is string pinned
            && string.Equals(pinned, repository, System.StringComparison.Ordinal)));
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode creation, string property, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var replacement = SyntaxFactory.ParseExpression("global::" + ImagesType + "." + property)
            .WithTriviaFrom(creation)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, replacement)));
    }
}
