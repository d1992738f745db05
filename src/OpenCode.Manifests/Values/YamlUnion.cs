using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Reads a closed union (a schema <c>oneOf</c>/<c>anyOf</c>) by picking a variant, in schema order:
/// <list type="number">
/// <item>the node's kind must be one the variant takes;</item>
/// <item>for a mapping and an object variant with a discriminator: when the key is present its value must be the
/// variant's constant; when absent, the variant qualifies only if the key is optional;</item>
/// <item>for a mapping and an object variant: every required key present and, unless the variant is open, every
/// key known;</item>
/// <item>of the variants left, the first that reads completely (nested values included) wins.</item>
/// </list>
/// When none fits, the error lists why each variant was rejected; when exactly one variant passed the shape checks,
/// its own (deeper, more precise) error is reported instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class YamlUnion
{
    /// <summary>Reads <paramref name="node"/> as one of <paramref name="variants"/>.</summary>
    public static TUnion Read<TUnion>(YamlNode node, YamlPath path, string unionName, IReadOnlyList<YamlUnionVariant<TUnion>> variants)
    {
        var rejections = new List<string>();
        var candidates = new List<YamlUnionVariant<TUnion>>();
        foreach (var variant in variants)
        {
            var rejection = ShapeRejection(node, variant);
            if (rejection is null)
            {
                candidates.Add(variant);
            }
            else
            {
                rejections.Add($"{variant.Name}: {rejection}");
            }
        }

        ValuesYamlException? onlyCandidateError = null;
        foreach (var candidate in candidates)
        {
            try
            {
                return candidate.Read(node, path);
            }
            catch (ValuesYamlException exception)
            {
                onlyCandidateError = exception;
                rejections.Add($"{candidate.Name}: {exception.Problem} at {(exception.Path.Length == 0 ? "(root)" : exception.Path)}");
            }
        }

        if (candidates.Count == 1 && onlyCandidateError is not null)
        {
            throw onlyCandidateError;
        }

        throw YamlRead.At(node, path, $"no variant of {unionName} matches {YamlRead.Describe(node)} ({string.Join("; ", rejections)})");
    }

    /// <summary>The node kinds any of the variants takes (a union nested as another union's variant).</summary>
    public static YamlNodeKinds Accepts<TUnion>(IReadOnlyList<YamlUnionVariant<TUnion>> variants) =>
        variants.Aggregate(YamlNodeKinds.None, (kinds, variant) => kinds | variant.Accepts);

    private static string? ShapeRejection<TUnion>(YamlNode node, YamlUnionVariant<TUnion> variant)
    {
        var kind = YamlNodeKindsOf.Node(node);
        if ((variant.Accepts & kind) == 0)
        {
            return $"expects {YamlNodeKindsOf.Describe(variant.Accepts)}";
        }

        if (node is not YamlMappingNode mapping || (variant.DiscriminatorKey is null && variant.KnownKeys is null && variant.RequiredKeys.Count == 0))
        {
            return null;
        }

        var keys = MergeKeys.Entries(mapping).Select(entry => (entry.Key as YamlScalarNode)?.Value).ToList();
        if (variant.DiscriminatorKey is { } discriminator)
        {
            var value = MergeKeys.Entries(mapping)
                .Where(entry => (entry.Key as YamlScalarNode)?.Value == discriminator)
                .Select(entry => entry.Value)
                .FirstOrDefault();
            if ((value is null && !variant.DiscriminatorOptional) || (value is not null && (value as YamlScalarNode)?.Value != variant.DiscriminatorValue))
            {
                return $"needs '{discriminator}: {variant.DiscriminatorValue}'";
            }
        }

        var missing = variant.RequiredKeys.FirstOrDefault(required => !keys.Contains(required));
        if (missing is not null)
        {
            return $"missing required key '{missing}'";
        }

        if (variant.KnownKeys is { } known)
        {
            var unknown = keys.FirstOrDefault(key => key is null || !known.Contains(key));
            if (unknown is not null || keys.Contains(null))
            {
                return $"unknown key '{unknown}'";
            }
        }

        return null;
    }
}
