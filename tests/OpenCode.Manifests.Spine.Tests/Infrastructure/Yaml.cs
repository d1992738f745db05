using System.IO;
using System.Linq;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>The emitted YAML parsed back (YamlDotNet's representation model), for checks on the text as Flux reads it.</summary>
internal static class Yaml
{
    public static YamlMappingNode[] Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => Assert.IsType<YamlMappingNode>(d.RootNode)).ToArray();
    }

    public static YamlNode At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step switch
            {
                string key => Assert.IsType<YamlMappingNode>(node).Children[new YamlScalarNode(key)],
                int index => Assert.IsType<YamlSequenceNode>(node).Children[index],
                _ => throw new System.ArgumentException(step.ToString()),
            };
        }

        return node;
    }

    public static YamlScalarNode Scalar(YamlNode node, params object[] path) => Assert.IsType<YamlScalarNode>(At(node, path));
}
