using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>
/// Reads which of the library's namespaces each source file uses: its <c>using</c> directives (plain, static and
/// alias), and every name the semantic model binds to a type or member, fully qualified or not (a qualified name
/// binds to the type it names; a member access, an extension call or a target-typed <c>new()</c> to the member's
/// type). Namespace names on their own count only in <c>using</c> directives, so <c>OpenCode.Manifests.Values.Flag</c>
/// is one use of <c>Values</c>, not of the root namespace on the way there. Doc comments are not read.
/// </summary>
internal static class NamespaceReferenceScanner
{
    /// <summary>The references of <paramref name="trees"/>, bound in <paramref name="compilation"/>.</summary>
    public static IReadOnlyList<NamespaceReference> Scan(CSharpCompilation compilation, IEnumerable<SyntaxTree> trees, System.Func<SyntaxTree, string> fileName)
    {
        var typesByNamespace = TypesByNamespace(compilation.GlobalNamespace);

        // Trees bind independently (the compilation is thread-safe); the order of the result is by file, then position.
        return trees.AsParallel().AsOrdered().SelectMany(tree => ScanTree(compilation, tree, fileName(tree), typesByNamespace)).ToList();
    }

    /// <summary>
    /// Generated code (<c>*.g.cs</c>) names every type of the library fully qualified from <c>global::</c> (the
    /// generator's convention), so its references are read from those names without binding them: binding every name
    /// of ~48k generated lines costs tens of seconds, the lookup nothing. Its using directives are read as well.
    /// </summary>
    private static bool IsGenerated(SyntaxTree tree) => tree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal);

    private static string? GloballyQualified(SimpleNameSyntax name, IReadOnlyDictionary<string, HashSet<string>> typesByNamespace)
    {
        var left = name.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left.ToString(),
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression.ToString(),
            _ => null,
        };
        const string Global = "global::";
        if (left is null || !left.StartsWith(Global, System.StringComparison.Ordinal))
        {
            return null;
        }

        var ns = left[Global.Length..];
        return typesByNamespace.TryGetValue(ns, out var types) && types.Contains(name.Identifier.ValueText) ? ns : null;
    }

    private static Dictionary<string, HashSet<string>> TypesByNamespace(INamespaceSymbol global)
    {
        var result = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(global);
        while (pending.Count > 0)
        {
            var ns = pending.Pop();
            var name = ns.ToDisplayString();
            if (LayerMap.IsLibraryNamespace(name))
            {
                result[name] = ns.GetTypeMembers().Select(t => t.Name).ToHashSet(System.StringComparer.Ordinal);
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                pending.Push(child);
            }
        }

        return result;
    }

    private static List<NamespaceReference> ScanTree(CSharpCompilation compilation, SyntaxTree tree, string file, IReadOnlyDictionary<string, HashSet<string>> typesByNamespace)
    {
        var references = new List<NamespaceReference>();
        var generated = IsGenerated(tree);
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetCompilationUnitRoot();
        var fileNamespace = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is { } first
            ? model.GetDeclaredSymbol(first)!.ToDisplayString()
            : "<global namespace>";

        foreach (var node in root.DescendantNodes())
        {
            var target = node switch
            {
                UsingDirectiveSyntax directive => UsedBy(directive, model),
                SimpleNameSyntax name when generated => GloballyQualified(name, typesByNamespace),
                SimpleNameSyntax name when !InDirectiveOrDeclarationName(name) => NamespaceOf(Bound(model, name)),
                ImplicitObjectCreationExpressionSyntax creation when !generated => NamespaceOf(Bound(model, creation)),
                _ => null,
            };
            if (target is null || !LayerMap.IsLibraryNamespace(target))
            {
                continue;
            }

            var from = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is { } declaration
                ? model.GetDeclaredSymbol(declaration)!.ToDisplayString()
                : fileNamespace;
            if (from == target)
            {
                continue;
            }

            var line = tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;
            references.Add(new NamespaceReference(from, target, file, line, Text(node)));
        }

        return references;
    }

    /// <summary>Every namespace the trees declare, at its declaration (a file without one is in the global namespace).</summary>
    public static IEnumerable<(string Namespace, string File, int Line)> Declarations(IEnumerable<SyntaxTree> trees, System.Func<SyntaxTree, string> fileName)
    {
        foreach (var tree in trees)
        {
            var declarations = tree.GetCompilationUnitRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().ToList();
            if (declarations.Count == 0)
            {
                yield return ("<global namespace>", fileName(tree), 1);
            }

            foreach (var declaration in declarations)
            {
                var name = string.Join(".", declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()));
                yield return (name, fileName(tree), tree.GetLineSpan(declaration.Span).StartLinePosition.Line + 1);
            }
        }
    }

    private static string? UsedBy(UsingDirectiveSyntax directive, SemanticModel model)
    {
        if (directive.Name is null)
        {
            return null;
        }

        var symbol = Bound(model, directive.Name);
        if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && symbol is INamespaceSymbol ns)
        {
            return ns.ToDisplayString();
        }

        // A static or alias using names a type (or, for an alias, possibly a namespace).
        return symbol is INamespaceSymbol aliased ? aliased.ToDisplayString() : NamespaceOf(symbol) ?? directive.Name.ToString();
    }

    private static bool InDirectiveOrDeclarationName(SimpleNameSyntax name) =>
        name.Ancestors().Any(a => a is UsingDirectiveSyntax || a is ExternAliasDirectiveSyntax)
        || name.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Any(d => d.Name.Span.Contains(name.Span));

    private static ISymbol? Bound(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
    }

    /// <summary>The namespace a bound type or member lives in; null for locals, parameters and namespaces.</summary>
    private static string? NamespaceOf(ISymbol? symbol)
    {
        var type = symbol switch
        {
            IMethodSymbol method => (method.ReducedFrom ?? method).ContainingType,
            IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
            ITypeSymbol typeSymbol => Element(typeSymbol),
            IAliasSymbol alias => alias.Target as ITypeSymbol,
            _ => null,
        };
        if (type is null or ITypeParameterSymbol || type.ContainingNamespace is not { IsGlobalNamespace: false } ns)
        {
            return null;
        }

        return ns.ToDisplayString();
    }

    private static ITypeSymbol Element(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Element(array.ElementType),
        IPointerTypeSymbol pointer => Element(pointer.PointedAtType),
        _ => type.OriginalDefinition,
    };

    private static string Text(SyntaxNode node)
    {
        var text = (node is UsingDirectiveSyntax ? node : node.Parent is QualifiedNameSyntax or MemberAccessExpressionSyntax ? node.Parent : node).ToString();
        text = string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
