using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// An object flattened to its leaves: each scalar, empty mapping and empty sequence under its path
/// (<c>spec.values.controllers.app.containers.app.image.tag</c>, <c>metadata.labels["app.kubernetes.io/name"]</c>,
/// <c>spec.data[0].secretKey</c>), so two versions can be compared value by value.
/// </summary>
public static class ValueLeaves
{
    /// <summary>The leaves of <paramref name="node"/>, in document order.</summary>
    public static IReadOnlyList<KeyValuePair<string, YamlNode>> Of(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var leaves = new List<KeyValuePair<string, YamlNode>>();
        Walk(node, string.Empty, leaves);
        return leaves;
    }

    /// <summary>A leaf as YAML text: the scalar's value (<c>""</c> for an empty string), <c>{}</c> or <c>[]</c>.</summary>
    public static string Text(YamlNode leaf) => leaf switch
    {
        YamlScalarNode { Value: null or "" } scalar => scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any ? "null" : "\"\"",
        YamlScalarNode scalar => scalar.Value!,
        YamlMappingNode => "{}",
        YamlSequenceNode => "[]",
        _ => leaf.ToString(),
    };

    private static void Walk(YamlNode node, string path, List<KeyValuePair<string, YamlNode>> leaves)
    {
        switch (node)
        {
            case YamlMappingNode mapping when mapping.Children.Count > 0:
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(value, Join(path, (key as YamlScalarNode)?.Value ?? key.ToString()), leaves);
                }

                break;
            case YamlSequenceNode sequence when sequence.Children.Count > 0:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", leaves);
                }

                break;
            default:
                leaves.Add(new KeyValuePair<string, YamlNode>(path, node));
                break;
        }
    }

    private static string Join(string path, string key)
    {
        var simple = key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        if (!simple)
        {
            return path + "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
        }

        return path.Length == 0 ? key : path + "." + key;
    }
}
