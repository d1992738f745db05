namespace OpenCode.Manifests.Values.Shapes;

/// <summary>How <see cref="ValuesYaml"/> reads and writes a .NET type.</summary>
internal enum ShapeKind
{
    String,
    Boolean,
    Integral,
    Floating,
    DateTime,
    Integer,
    Number,
    Scalar,
    IntegerOrString,
    StringOrList,
    FreeForm,
    YamlNode,
    KubernetesIntOrString,
    ResourceQuantity,
    Enum,
    Nullable,
    Sequence,
    Map,
    Object,
    Union,
    WrappedVariant,
    Anonymous,
    Dynamic,
}
