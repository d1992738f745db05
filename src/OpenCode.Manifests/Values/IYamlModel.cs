using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A type whose YAML form the values-schema generator knows: it reads itself from a node and writes itself to a
/// <see cref="YamlWriter"/> with generated code (no reflection). Generated records and unions implement it
/// explicitly, so their public surface stays their properties; generic code reaches them through
/// <see cref="ValuesYaml"/> or <see cref="YamlRead.Model{T}"/>.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IYamlModel<TSelf> : IYamlWritable
    where TSelf : IYamlModel<TSelf>
{
    /// <summary>Reads a value from a node (not null: the caller handles an explicit YAML null).</summary>
    /// <param name="node">The node, as loaded (aliases resolved; merge keys are expanded by the reader).</param>
    /// <param name="path">Where the node is in its document, for error messages.</param>
    /// <exception cref="ValuesYamlException">The node does not fit the type.</exception>
    static abstract TSelf ReadYaml(YamlNode node, YamlPath path);
}
