using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>One entry of a mapping as the generated readers see it: the key's text, the key node and the value.</summary>
/// <param name="Key">The key as text.</param>
/// <param name="KeyNode">The key's node (for positions in error messages).</param>
/// <param name="Value">The value's node.</param>
public readonly record struct YamlEntry(string Key, YamlNode KeyNode, YamlNode Value);
