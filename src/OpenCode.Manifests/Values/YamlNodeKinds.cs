using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>The node kinds a type can be read from (a union variant is only tried on a node of its kinds).</summary>
[Flags]
public enum YamlNodeKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A scalar (null included).</summary>
    Scalar = 1,

    /// <summary>A sequence.</summary>
    Sequence = 2,

    /// <summary>A mapping.</summary>
    Mapping = 4,

    /// <summary>Any node.</summary>
    Any = Scalar | Sequence | Mapping,
}

/// <summary>Helpers over <see cref="YamlNodeKinds"/>.</summary>
public static class YamlNodeKindsOf
{
    /// <summary>The kind of a node.</summary>
    public static YamlNodeKinds Node(YamlNode node) => node switch
    {
        YamlMappingNode => YamlNodeKinds.Mapping,
        YamlSequenceNode => YamlNodeKinds.Sequence,
        _ => YamlNodeKinds.Scalar,
    };

    /// <summary>What a variant expects, for messages.</summary>
    public static string Describe(YamlNodeKinds kinds) => kinds switch
    {
        YamlNodeKinds.Scalar => "a scalar",
        YamlNodeKinds.Sequence => "a sequence",
        YamlNodeKinds.Mapping => "a mapping",
        YamlNodeKinds.Scalar | YamlNodeKinds.Sequence => "a scalar or a sequence",
        _ => "any value",
    };
}
