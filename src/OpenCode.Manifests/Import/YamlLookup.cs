using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>Reads a node or scalar at a key path of a YAML mapping (null when any step is missing).</summary>
internal static class YamlLookup
{
    public static YamlNode? Child(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string? Scalar(YamlNode node, params string[] path) => (Child(node, path) as YamlScalarNode)?.Value;
}
