using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>What C# shape a schema maps to (the rows of the contract table).</summary>
internal enum ShapeKind
{
    FreeForm,
    Null,
    String,
    Integer,
    Number,
    Boolean,
    Scalar,
    StringOrList,
    IntegerOrString,
    Array,
    Map,
    Object,
    Enum,
    Union,
    Kubernetes,

    /// <summary>A C# type named by <c>x-csharp-type</c>, which reads and writes itself.</summary>
    Custom,
}

/// <summary>
/// The result of classifying one schema node, before any type is created. Builder-only (holds nodes).
/// </summary>
internal sealed class SchemaShape
{
    public SchemaShape(ShapeKind kind, SchemaNode node)
    {
        Kind = kind;
        Node = node;
    }

    public ShapeKind Kind { get; }

    /// <summary>The node the shape comes from; its key identifies the generated type (one type per node).</summary>
    public SchemaNode Node { get; }

    public bool Nullable { get; set; }

    /// <summary>The name of the definition a <c>$ref</c> led to (the last pointer token).</summary>
    public string? DefinitionName { get; set; }

    public ObjectParts? Object { get; set; }

    /// <summary>Array items or map values.</summary>
    public SchemaNode? Element { get; set; }

    public List<string>? EnumValues { get; set; }

    public List<SchemaShape>? Branches { get; set; }

    public string? DiscriminatorKey { get; set; }

    public string? KubernetesType { get; set; }

    /// <summary>For <see cref="ShapeKind.Custom"/>: the fully qualified C# type.</summary>
    public string? CustomType { get; set; }

    /// <summary>For <see cref="ShapeKind.Custom"/>: the type is a struct (<c>x-csharp-value-type: true</c>).</summary>
    public bool CustomIsValueType { get; set; }

    public bool IsNamed => Kind is ShapeKind.Object or ShapeKind.Enum or ShapeKind.Union;

    public bool IsScalar => Kind is ShapeKind.String or ShapeKind.Integer or ShapeKind.Number or ShapeKind.Boolean
        or ShapeKind.Scalar or ShapeKind.IntegerOrString;
}

/// <summary>
/// An object schema's properties merged from one or more parts (<c>allOf</c> branches): schema order, first
/// non-empty schema per key, <c>required</c> united, closed when any part says <c>additionalProperties: false</c>.
/// </summary>
internal sealed class ObjectParts
{
    public List<string> Order { get; } = new();

    public Dictionary<string, List<SchemaNode>> Properties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public bool Closed { get; set; }

    public void AddProperty(string key, SchemaNode node)
    {
        if (!Properties.TryGetValue(key, out var nodes))
        {
            nodes = new List<SchemaNode>();
            Properties[key] = nodes;
            Order.Add(key);
        }

        nodes.Add(node);
    }
}
