using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenCode.Manifests.Generators.Analyzers;

namespace OpenCode.Manifests.CodeFixes;

/// <summary>
/// Fixes OCM1101 by writing the DNS label the analyzer suggests (lower-cased, other characters turned into '-').
/// Offered only on a string literal; a constant declared elsewhere is left to the author.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DnsLabelCodeFixProvider)), Shared]
public sealed class DnsLabelCodeFixProvider : CodeFixProvider
{
    /// <summary>The diagnostic this provider fixes.</summary>
    public static readonly string DiagnosticId = DiagnosticCatalog.NotDnsLabel.Id;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !diagnostic.Properties.TryGetValue(ConstraintAnalyzer.SuggestionProperty, out var suggestion)
                || suggestion is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use the DNS label '{suggestion}'",
                    token => Replace(context.Document, root, literal, suggestion, token),
                    equivalenceKey: DiagnosticId),
                diagnostic);
        }
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string suggestion, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
            .WithTriviaFrom(literal);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)));
    }
}
