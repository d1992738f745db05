using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenCode.Manifests.Generators.ValuesSchema;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.Registry;

/// <summary>
/// Turns one marked declaration into a <see cref="MarkedType"/>, deciding there (while the symbol is at hand) whether
/// the generated registry can create it. A type it cannot create is left out and reported at its identifier, so the
/// user sees OCM1115/OCM1116 on their own line instead of a compiler error inside generated code.
/// </summary>
internal static class MarkedTypeReader
{
    private const string AppDefinition = "OpenCode.Manifests.Apps.AppDefinition";
    private const string ClusterConventions = "OpenCode.Manifests.Conventions.ClusterConventions";
    private const string SetsRequiredMembers = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";

    public static MarkedType Read(GeneratorAttributeSyntaxContext context, MarkerKind kind)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var identifier = ((BaseTypeDeclarationSyntax)context.TargetNode).Identifier;
        var lines = identifier.GetLocation().GetLineSpan();
        var span = new SourceSpan(
            identifier.Span.Start,
            identifier.Span.Length,
            lines.StartLinePosition.Line,
            lines.StartLinePosition.Character,
            lines.EndLinePosition.Line,
            lines.EndLinePosition.Character);
        var filePath = lines.Path ?? string.Empty;
        var displayName = symbol.ToDisplayString();
        var attributeName = kind switch
        {
            MarkerKind.App => "App",
            MarkerKind.Workspace => "Workspace",
            _ => "ClusterConventions",
        };

        DiagnosticInfo? problem = null;
        var requiredBase = kind == MarkerKind.ClusterConventions ? ClusterConventions : AppDefinition;
        var shape = ShapeProblem(symbol);
        if (shape is not null)
        {
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.UncreatableAppType, filePath, span, displayName, attributeName, shape);
        }
        else if (!DerivesFrom(symbol, requiredBase))
        {
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.WrongMarkedKind, filePath, span, displayName, attributeName, requiredBase);
        }
        else if (CreationProblem(symbol) is { } creation)
        {
            problem = DiagnosticInfo.Create(DiagnosticDescriptors.UncreatableAppType, filePath, span, displayName, attributeName, creation);
        }

        return new MarkedType(kind, symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), displayName, filePath, span, problem);
    }

    // Checked before the base type: a struct or a static class cannot derive from anything, and "it is a struct"
    // says more than "it does not derive from AppDefinition".
    private static string? ShapeProblem(INamedTypeSymbol symbol)
    {
        if (symbol.TypeKind != TypeKind.Class)
        {
            var what = symbol.TypeKind switch
            {
                TypeKind.Struct when symbol.IsRecord => "a record struct",
                TypeKind.Struct => "a struct",
                TypeKind.Interface => "an interface",
                TypeKind.Enum => "an enum",
                _ => "not a class",
            };
            return "it is " + what + ", not a class or record class";
        }

        return symbol.IsStatic ? "it is static" : null;
    }

    private static string? CreationProblem(INamedTypeSymbol symbol)
    {
        if (symbol.IsAbstract)
        {
            return "it is abstract (mark the records deriving from it instead)";
        }

        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return "it is generic" + (type.Equals(symbol, SymbolEqualityComparer.Default) ? string.Empty : " (inside '" + type.ToDisplayString() + "')")
                    + ", and the build has no type arguments to create it with";
            }

            // Generated code lives in its own file and class: it can name internal and public types, not private,
            // protected or file-local ones.
            if (type.IsFileLocal
                || type.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return (type.Equals(symbol, SymbolEqualityComparer.Default) ? "it is" : "'" + type.ToDisplayString() + "' is")
                    + " not visible to generated code (make it public or internal, and not file-local)";
            }
        }

        // Only a public constructor without parameters: `new T()` must also be what a reader of the record expects,
        // so a primary constructor whose parameters all have defaults does not count.
        var constructor = symbol.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);
        if (constructor is null)
        {
            return symbol.IsRecord
                ? "it has no public parameterless constructor (give the record an empty parameter list, `record "
                    + symbol.Name + "() : …`, or declare `public " + symbol.Name + "()`)"
                : "it has no public parameterless constructor (declare `public " + symbol.Name + "()`)";
        }

        if (!constructor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == SetsRequiredMembers)
            && FirstRequiredMember(symbol) is { } required)
        {
            return "its required member '" + required + "' is not set by `new " + symbol.Name
                + "()` (set it in the constructor and mark that [SetsRequiredMembers], or drop 'required')";
        }

        return null;
    }

    private static string? FirstRequiredMember(INamedTypeSymbol symbol)
    {
        for (var type = symbol; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return member.Name;
                }
            }
        }

        return null;
    }

    private static bool DerivesFrom(INamedTypeSymbol symbol, string baseTypeName)
    {
        for (var type = symbol.BaseType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == baseTypeName)
            {
                return true;
            }
        }

        return false;
    }
}
