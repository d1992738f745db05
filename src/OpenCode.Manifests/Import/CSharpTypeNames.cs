using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OpenCode.Manifests.Import;

/// <summary>
/// C# spellings of the model's types, short where the generated file has a <c>using</c> for the namespace.
/// Nullable reference annotations come from <see cref="NullabilityInfo"/>, so the generated code compiles without
/// nullable warnings.
/// </summary>
internal sealed class CSharpTypeNames
{
    /// <summary>The namespaces a file of 4.x code imports (the builder and the 4.x model).</summary>
    public static readonly CSharpTypeNames V4 = new(new[]
    {
        "System.Collections.Generic",
        "OpenCode.Manifests.AppTemplate",
        "OpenCode.Manifests.Composition",
        "OpenCode.Manifests.Conventions",
        "OpenCode.Manifests.Kubernetes",
        "OpenCode.Manifests.Resources.Flux",
        "OpenCode.Manifests.Values",
    });

    /// <summary>The namespaces a file of 5.x code imports (the 5.x model; the builder is 4.x only).</summary>
    public static readonly CSharpTypeNames V5 = new(new[]
    {
        "System.Collections.Generic",
        "OpenCode.Manifests.AppTemplate.V5",
        "OpenCode.Manifests.Kubernetes",
        "OpenCode.Manifests.Resources.Flux",
        "OpenCode.Manifests.Values",
    });

    private CSharpTypeNames(IReadOnlyList<string> importedNamespaces) => ImportedNamespaces = importedNamespaces;

    /// <summary>The namespaces the generated file imports.</summary>
    public IReadOnlyList<string> ImportedNamespaces { get; }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(float)] = "float", [typeof(object)] = "object",
        [typeof(short)] = "short", [typeof(byte)] = "byte",
    };

    /// <summary>The C# name of <paramref name="type"/>; reference-type arguments get <c>?</c> where annotated.</summary>
    public string Name(Type type, NullabilityInfo? nullability = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        string name;
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>))
            {
                definition = typeof(List<>);
            }
            else if (definition == typeof(IDictionary<,>))
            {
                definition = typeof(Dictionary<,>);
            }

            var arguments = type.GetGenericArguments();
            var argumentInfos = nullability?.GenericTypeArguments;
            var argumentNames = arguments.Select((argument, i) =>
            {
                var info = argumentInfos is not null && i < argumentInfos.Length ? argumentInfos[i] : null;
                var argumentName = Name(argument, info);
                return !argument.IsValueType && info?.ReadState == NullabilityState.Nullable ? argumentName + "?" : argumentName;
            });
            var plain = definition.Name.Substring(0, definition.Name.IndexOf('`'));
            name = Qualify(definition, plain) + "<" + string.Join(", ", argumentNames) + ">";
        }
        else
        {
            name = Qualify(type, type.Name);
        }

        return name;
    }

    private string Qualify(Type type, string plainName)
    {
        if (type.IsNested)
        {
            return Name(type.DeclaringType!) + "." + plainName;
        }

        return ImportedNamespaces.Contains(type.Namespace) ? plainName : "global::" + type.Namespace + "." + plainName;
    }
}
