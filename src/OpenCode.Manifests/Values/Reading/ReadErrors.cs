using OpenCode.Manifests.Rendering;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>Builds the <see cref="ValuesYamlException"/>s the readers throw, all with path and position.</summary>
internal static class ReadErrors
{
    public static ValuesYamlException At(YamlNode node, YamlPath path, string problem) =>
        new(problem, path.ToString(), node.Start);

    public static ValuesYamlException Expected(YamlNode node, YamlPath path, string expected) =>
        At(node, path, $"expected {expected}, found {YamlNodes.Describe(node)}");
}
