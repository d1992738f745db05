using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>
/// Reads a node into a <see cref="YamlUnionAttribute"/> union by picking a variant, in attribute order:
/// <list type="number">
/// <item>the node's kind (scalar/sequence/mapping) must be one the variant can be read from;</item>
/// <item>for a mapping and an object variant with a discriminator: when the key is present its value must be
/// the variant's constant; when absent, the variant qualifies only if the key is optional;</item>
/// <item>for a mapping and an object variant: every required key present and, unless the variant is open,
/// every key known;</item>
/// <item>of the variants left, the first that reads completely (nested values included) wins.</item>
/// </list>
/// When none fits, the error lists why each variant was rejected; when exactly one variant passed the shape
/// checks, its own (deeper, more precise) error is reported instead.
/// </summary>
internal static class UnionReader
{
    public static object Read(YamlNode node, TypeShape union, YamlPath path)
    {
        var rejections = new List<string>();
        var candidates = new List<TypeShape>();
        foreach (var variantType in union.VariantTypes)
        {
            var variant = TypeShapes.Get(variantType);
            var rejection = ShapeRejection(node, variant);
            if (rejection is null)
            {
                candidates.Add(variant);
            }
            else
            {
                rejections.Add($"{variantType.Name}: {rejection}");
            }
        }

        ValuesYamlException? onlyCandidateError = null;
        foreach (var candidate in candidates)
        {
            try
            {
                return NodeReader.Read(node, candidate, path)!;
            }
            catch (ValuesYamlException exception)
            {
                onlyCandidateError = exception;
                rejections.Add($"{candidate.Type.Name}: {exception.Problem} at {(exception.Path.Length == 0 ? "(root)" : exception.Path)}");
            }
        }

        if (candidates.Count == 1 && onlyCandidateError is not null)
        {
            throw onlyCandidateError;
        }

        throw ReadErrors.At(node, path, $"no variant of {union.DisplayName} matches {YamlNodesDescribe(node)} ({string.Join("; ", rejections)})");
    }

    private static string YamlNodesDescribe(YamlNode node) => Rendering.YamlNodes.Describe(node);

    /// <summary>Why the variant cannot hold this node judging by shape alone, or null when it may.</summary>
    private static string? ShapeRejection(YamlNode node, TypeShape variant)
    {
        var kind = NodeKindsOf.Node(node);
        if ((variant.Accepts & kind) == 0)
        {
            return $"expects {NodeKindsOf.Describe(variant.Accepts)}";
        }

        if (node is not YamlMappingNode mapping || variant.Kind != ShapeKind.Object)
        {
            return null;
        }

        var entries = MergeKeys.Entries(mapping);
        var keys = entries.Select(entry => (entry.Key as YamlScalarNode)?.Value).ToList();
        if (variant.Discriminator is { } discriminator)
        {
            var value = entries
                .Where(entry => (entry.Key as YamlScalarNode)?.Value == discriminator.Key)
                .Select(entry => entry.Value)
                .FirstOrDefault();
            if (value is null && !discriminator.Optional)
            {
                return $"needs '{discriminator.Key}: {discriminator.Value}'";
            }

            if (value is not null && (value as YamlScalarNode)?.Value != discriminator.Value)
            {
                return $"needs '{discriminator.Key}: {discriminator.Value}'";
            }
        }

        var missing = variant.Members.FirstOrDefault(member => member.Required && !keys.Contains(member.Key));
        if (missing is not null)
        {
            return $"missing required key '{missing.Key}'";
        }

        if (variant.ExtensionData is null)
        {
            var known = new HashSet<string>(ObjectReader.KeysOf(variant));
            var unknown = keys.FirstOrDefault(key => key is null || !known.Contains(key));
            if (unknown is not null || keys.Contains(null))
            {
                return $"unknown key '{unknown}'";
            }
        }

        return null;
    }
}
