using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Shapes;

/// <summary>The YAML node kinds a type can be read from (used to pick union variants).</summary>
[Flags]
internal enum NodeKinds
{
    None = 0,
    Scalar = 1,
    Sequence = 2,
    Mapping = 4,
    Any = Scalar | Sequence | Mapping,
}

/// <summary>Maps a node to its <see cref="NodeKinds"/> flag.</summary>
internal static class NodeKindsOf
{
    public static NodeKinds Node(YamlNode node) => node switch
    {
        YamlMappingNode => NodeKinds.Mapping,
        YamlSequenceNode => NodeKinds.Sequence,
        _ => NodeKinds.Scalar,
    };

    public static string Describe(NodeKinds kinds) => kinds switch
    {
        NodeKinds.Scalar => "a scalar",
        NodeKinds.Sequence => "a sequence",
        NodeKinds.Mapping => "a mapping",
        NodeKinds.Scalar | NodeKinds.Sequence => "a scalar or a sequence",
        _ => "any value",
    };
}
