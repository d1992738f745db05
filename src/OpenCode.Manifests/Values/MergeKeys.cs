using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Expands YAML merge keys (<c>&lt;&lt;: *defaults</c>), which Helm's go-yaml, Kustomize and real HelmReleases
/// use although YAML 1.2 dropped them. A plain <c>&lt;&lt;</c> key whose value is a mapping (or a list of
/// mappings) contributes that mapping's entries, shallowly; keys written in the mapping itself win, and an
/// earlier mapping in the list wins over a later one. Merged entries take the place of the <c>&lt;&lt;</c> key.
/// The nodes are not copied, so line and column information survives for error messages.
/// </summary>
public static class MergeKeys
{
    /// <summary>The mapping's entries with merge keys expanded.</summary>
    public static IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode mapping)
    {
        if (!mapping.Children.Any(entry => IsMergeKey(entry.Key)))
        {
            return mapping.Children.ToList();
        }

        var explicitKeys = new HashSet<string>(mapping.Children.Where(entry => !IsMergeKey(entry.Key)).Select(entry => KeyText(entry.Key)));
        var result = new List<KeyValuePair<YamlNode, YamlNode>>();
        foreach (var entry in mapping.Children)
        {
            if (!IsMergeKey(entry.Key))
            {
                result.Add(entry);
                continue;
            }

            var sources = entry.Value switch
            {
                YamlMappingNode single => new[] { single },
                YamlSequenceNode list => list.Children.OfType<YamlMappingNode>().ToArray(),
                _ => System.Array.Empty<YamlMappingNode>(),
            };
            foreach (var merged in sources.SelectMany(Entries))
            {
                if (explicitKeys.Add(KeyText(merged.Key)))
                {
                    result.Add(merged);
                }
            }
        }

        return result;
    }

    /// <summary>A plain, untagged <c>&lt;&lt;</c> key.</summary>
    public static bool IsMergeKey(YamlNode key) =>
        key is YamlScalarNode { Value: "<<" } scalar && YamlScalars.IsPlain(scalar.Style) && scalar.Tag.IsEmpty;

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : YamlRead.Describe(key);
}
