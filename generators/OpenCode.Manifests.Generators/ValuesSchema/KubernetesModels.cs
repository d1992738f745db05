using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// The Kubernetes type names (<c>OpenCode.Manifests.Kubernetes</c>) the compilation can see, sorted: those of
/// referenced assemblies (a consumer's reference to the library) and those a definition library of this
/// compilation generates (the library itself). A schema definition that names a Kubernetes type maps onto one of
/// these instead of being regenerated; without them such definitions are generated like any other.
/// </summary>
internal sealed record KubernetesModelCatalog(EquatableArray<string> TypeNames)
{
    public static readonly KubernetesModelCatalog Empty = new(EquatableArray<string>.Empty);

    public bool Contains(string typeName)
    {
        int low = 0, high = TypeNames.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var comparison = string.CompareOrdinal(TypeNames[middle], typeName);
            if (comparison == 0)
            {
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>
    /// The public, non-generic <c>OpenCode.Manifests.Kubernetes</c> types one referenced assembly defines, read from the metadata the
    /// compiler already loaded. Per reference, so the step is cached until the project's references change
    /// (a compilation-wide lookup would run again on every keystroke).
    /// </summary>
    public static KubernetesModelCatalog FromReference(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference portable)
        {
            return Empty;
        }

        try
        {
            if (portable.GetMetadata() is not AssemblyMetadata assembly)
            {
                return Empty;
            }

            var names = new List<string>();
            foreach (var module in assembly.GetModules())
            {
                var reader = module.GetMetadataReader();
                NamespaceDefinitionHandle? models = null;
                var current = reader.GetNamespaceDefinitionRoot();
                foreach (var part in KubernetesModels.ModelNamespaceName.Split('.'))
                {
                    models = FindNamespace(reader, current, part);
                    if (models is null)
                    {
                        break;
                    }

                    current = reader.GetNamespaceDefinition(models.Value);
                }

                if (models is null)
                {
                    continue;
                }

                foreach (var handle in reader.GetNamespaceDefinition(models.Value).TypeDefinitions)
                {
                    var type = reader.GetTypeDefinition(handle);
                    var name = reader.GetString(type.Name);
                    var isPublic = (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public;
                    if (isPublic && name.IndexOf('`') < 0)
                    {
                        names.Add(name);
                    }
                }
            }

            return names.Count == 0 ? Empty : new KubernetesModelCatalog(names.ToEquatableArray());
        }
        catch (Exception ex) when (ex is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            // An unreadable reference is the compiler's to report; it simply contributes no Kubernetes types.
            return Empty;
        }
    }

    /// <summary>Joins the per-reference catalogs into one sorted catalog.</summary>
    public static KubernetesModelCatalog Merge(IEnumerable<KubernetesModelCatalog> catalogs)
    {
        var names = new List<string>();
        foreach (var catalog in catalogs)
        {
            names.AddRange(catalog.TypeNames);
        }

        if (names.Count == 0)
        {
            return Empty;
        }

        names.Sort(StringComparer.Ordinal);
        return new KubernetesModelCatalog(names.Distinct(StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>
    /// Adds the types the definition libraries in <paramref name="documents"/> generate into the Kubernetes
    /// namespace (when the library itself is compiled, its Kubernetes types are not in a reference yet).
    /// </summary>
    public static KubernetesModelCatalog WithLibraries(KubernetesModelCatalog catalog, SchemaDocumentSet documents)
    {
        var names = new List<string>(catalog.TypeNames);
        foreach (var document in documents.Documents)
        {
            if (!document.IsLibrary || document.Namespace != KubernetesModels.ModelNamespaceName || document.Root is null)
            {
                continue;
            }

            foreach (var keyword in new[] { "definitions", "$defs" })
            {
                if (document.Root[keyword] is { IsObject: true } definitions)
                {
                    names.AddRange(definitions.Properties.Select(p => Naming.ToPascalCase(p.Name)));
                }
            }
        }

        if (names.Count == catalog.TypeNames.Count)
        {
            return catalog;
        }

        names.Add("ResourceQuantity");
        names.Sort(StringComparer.Ordinal);
        return new KubernetesModelCatalog(names.Distinct(StringComparer.Ordinal).ToEquatableArray());
    }

    private static NamespaceDefinitionHandle? FindNamespace(MetadataReader reader, NamespaceDefinition parent, string name)
    {
        foreach (var child in parent.NamespaceDefinitions)
        {
            if (reader.GetString(reader.GetNamespaceDefinition(child).Name) == name)
            {
                return child;
            }
        }

        return null;
    }
}

/// <summary>Recognizes schema definitions that describe Kubernetes API types.</summary>
internal static class KubernetesModels
{
    public const string ModelNamespace = "global::OpenCode.Manifests.Kubernetes.";

    /// <summary>The namespace the Kubernetes types live in (the library generates them from its own schema).</summary>
    public const string ModelNamespaceName = "OpenCode.Manifests.Kubernetes";

    /// <summary>Kubernetes types the library writes by hand (value types, not generated records).</summary>
    public static bool IsHandWrittenValueType(string typeName) => typeName == "ResourceQuantity";

    // Definitions whose KubernetesClient type is not <Version><Kind>.
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["core.v1.ContainerSecurityContext"] = "V1SecurityContext",
        ["core.v1.ResourceQuantity"] = "ResourceQuantity",
        ["networking.v1.ingressBackend"] = "V1IngressBackend",
    };

    private static readonly string[] StrippedPrefixes = { "io.k8s.api.", "io.k8s.apimachinery.pkg.apis." };

    /// <summary>
    /// The KubernetesClient type name a definition stands for: its <c>x-kubernetes-model</c>, or one derived from
    /// a definition name of the form <c>[io.k8s.api.]group.version.Kind</c>; null when it is not a Kubernetes type.
    /// </summary>
    public static string? TypeNameFor(JsonValue definition, string? definitionName, out bool isExplicit)
    {
        isExplicit = false;
        if (definition.GetString("x-kubernetes-model") is { Length: > 0 } model)
        {
            isExplicit = true;
            return model;
        }

        if (definitionName is null)
        {
            return null;
        }

        var name = definitionName;
        foreach (var prefix in StrippedPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name.Substring(prefix.Length);
            }
        }

        if (Renames.TryGetValue(name, out var renamed))
        {
            return renamed;
        }

        var parts = name.Split('.');
        if (parts.Length < 3)
        {
            return null;
        }

        var version = parts[parts.Length - 2];
        var kind = parts[parts.Length - 1];
        if (!IsVersion(version) || kind.Length == 0 || !Naming.IsValidTypeName(kind))
        {
            return null;
        }

        for (var i = 0; i < parts.Length - 2; i++)
        {
            if (!Naming.IsValidTypeName(parts[i]))
            {
                return null;
            }
        }

        return char.ToUpperInvariant(version[0]) + version.Substring(1) + char.ToUpperInvariant(kind[0]) + kind.Substring(1);
    }

    // v1, v2, v1beta1, v1alpha2 ...
    private static bool IsVersion(string text)
    {
        if (text.Length < 2 || text[0] != 'v' || !char.IsDigit(text[1]))
        {
            return false;
        }

        var i = 1;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return true;
        }

        var rest = text.Substring(i);
        foreach (var stage in new[] { "alpha", "beta" })
        {
            if (rest.StartsWith(stage, StringComparison.Ordinal) && rest.Length > stage.Length)
            {
                for (var j = stage.Length; j < rest.Length; j++)
                {
                    if (!char.IsDigit(rest[j]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
