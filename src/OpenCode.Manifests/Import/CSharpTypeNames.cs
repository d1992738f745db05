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
internal static class CSharpTypeNames
{
    /// <summary>The namespaces the generated file imports.</summary>
    public static readonly IReadOnlyList<string> ImportedNamespaces = new[]
    {
        "System.Collections.Generic",
        "OpenCode.Manifests.AppTemplate",
        "OpenCode.Manifests.Composition",
        "OpenCode.Manifests.Conventions",
        "OpenCode.Manifests.Import",
        "OpenCode.Manifests.Kubernetes",
        "OpenCode.Manifests.Values",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(float)] = "float", [typeof(object)] = "object",
        [typeof(short)] = "short", [typeof(byte)] = "byte",
    };

    /// <summary>The C# name of <paramref name="type"/>; reference-type arguments get <c>?</c> where annotated.</summary>
    public static string Name(Type type, NullabilityInfo? nullability = null)
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

    private static string Qualify(Type type, string plainName)
    {
        if (type.IsNested)
        {
            return Name(type.DeclaringType!) + "." + plainName;
        }

        return ImportedNamespaces.Contains(type.Namespace) ? plainName : "global::" + type.Namespace + "." + plainName;
    }
}
