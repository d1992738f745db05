using System;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Deep copies of node trees without anchors: aliases that the loader resolved into shared nodes become separate
/// copies, so a later edit of one place never shows up in another.
/// </summary>
public static class YamlNodeCopy
{
    /// <summary>A deep copy of <paramref name="node"/>.</summary>
    public static YamlNode Of(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style, Tag = scalar.Tag },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Of)) { Style = sequence.Style, Tag = sequence.Tag },
        YamlMappingNode mapping => OfMapping(mapping),
        null => throw new ArgumentNullException(nameof(node)),
        _ => throw new ArgumentException($"Unsupported YAML node {node.GetType().Name}.", nameof(node)),
    };

    private static YamlMappingNode OfMapping(YamlMappingNode mapping)
    {
        var copy = new YamlMappingNode { Style = mapping.Style, Tag = mapping.Tag };
        foreach (var entry in mapping.Children)
        {
            copy.Add(Of(entry.Key), Of(entry.Value));
        }

        return copy;
    }
}
