namespace OpenCode.Manifests.Values;

/// <summary>
/// A value that writes itself as YAML: generated model records and unions (their generated serializers), and the
/// runtime value types. Writing goes through a <see cref="YamlWriter"/>, so the same code builds node trees or
/// feeds a renderer.
/// </summary>
public interface IYamlWritable
{
    /// <summary>Writes the value as one YAML node (a scalar, a sequence or a mapping).</summary>
    void WriteYaml(YamlWriter writer);
}
