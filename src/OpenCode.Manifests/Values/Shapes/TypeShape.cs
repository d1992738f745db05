using System;
using System.Collections.Generic;
using System.Reflection;

namespace OpenCode.Manifests.Values.Shapes;

/// <summary>
/// What <see cref="ValuesYaml"/> knows about one .NET type, computed once by reflection
/// (<see cref="TypeShapeFactory"/>) and cached (<see cref="TypeShapes"/>). Related shapes (elements, members,
/// variants) are looked up lazily so recursive types are fine.
/// </summary>
internal sealed class TypeShape
{
    [ThreadStatic]
    private static HashSet<TypeShape>? s_computingAccepts;

    private NodeKinds? _accepts;

    public TypeShape(Type type, ShapeKind kind)
    {
        Type = type;
        Kind = kind;
    }

    public Type Type { get; }

    public ShapeKind Kind { get; }

    /// <summary>Nullable underlying type, sequence item type, map value type, or wrapped variant payload type.</summary>
    public Type? ElementType { get; init; }

    public TypeShape Element => TypeShapes.Get(ElementType ?? throw new InvalidOperationException($"{Type} has no element type."));

    /// <summary>For sequences and maps: the concrete collection type to instantiate when reading.</summary>
    public Type? ConcreteType { get; init; }

    /// <summary>For sequences read into an array.</summary>
    public bool IsArray { get; init; }

    /// <summary>For maps: <c>KeyValuePair&lt;string, TValue&gt;.Key</c> and <c>.Value</c>.</summary>
    public PropertyInfo? EntryKey { get; init; }

    /// <inheritdoc cref="EntryKey"/>
    public PropertyInfo? EntryValue { get; init; }

    /// <summary>For objects: the mapped properties in write order.</summary>
    public IReadOnlyList<MemberShape> Members { get; init; } = Array.Empty<MemberShape>();

    /// <summary>For objects: the mapped properties by YAML key.</summary>
    public IReadOnlyDictionary<string, MemberShape> MembersByKey { get; init; } = new Dictionary<string, MemberShape>();

    /// <summary>For open objects: the <see cref="YamlExtensionDataAttribute"/> property.</summary>
    public PropertyInfo? ExtensionData { get; init; }

    /// <summary>For union variants told apart by a constant key.</summary>
    public YamlDiscriminatorAttribute? Discriminator { get; init; }

    /// <summary>For objects: how to make an empty instance.</summary>
    public Func<object>? Create { get; init; }

    /// <summary>For unions: the variant types in attribute order.</summary>
    public IReadOnlyList<Type> VariantTypes { get; init; } = Array.Empty<Type>();

    /// <summary>For wrapped union variants: the <c>Value</c> property.</summary>
    public PropertyInfo? ValueProperty { get; init; }

    /// <summary>For enums: YAML spelling → member, and member → YAML spelling.</summary>
    public IReadOnlyDictionary<string, object> EnumValuesByYaml { get; init; } = new Dictionary<string, object>();

    /// <inheritdoc cref="EnumValuesByYaml"/>
    public IReadOnlyDictionary<object, string> EnumYamlByValue { get; init; } = new Dictionary<object, string>();

    /// <summary>The node kinds this type can be read from.</summary>
    public NodeKinds Accepts
    {
        get
        {
            if (_accepts is { } known)
            {
                return known;
            }

            // A per-thread guard (no lock, so no deadlock between mutually recursive unions): a union that
            // contains itself answers "any" for the inner occurrence instead of recursing forever.
            var computing = s_computingAccepts ??= new HashSet<TypeShape>();
            if (!computing.Add(this))
            {
                return NodeKinds.Any;
            }

            try
            {
                var accepts = ComputeAccepts();
                _accepts = accepts;
                return accepts;
            }
            finally
            {
                computing.Remove(this);
            }
        }
    }

    /// <summary>A readable type name for error messages (nested variants as <c>Outer.Inner</c>).</summary>
    public string DisplayName => Type.DeclaringType is { } outer ? $"{outer.Name}.{Type.Name}" : Type.Name;

    private NodeKinds ComputeAccepts()
    {
        switch (Kind)
        {
            case ShapeKind.StringOrList:
                return NodeKinds.Scalar | NodeKinds.Sequence;
            case ShapeKind.FreeForm:
            case ShapeKind.YamlNode:
            case ShapeKind.Dynamic:
                return NodeKinds.Any;
            case ShapeKind.Nullable:
            case ShapeKind.WrappedVariant:
                return Element.Accepts;
            case ShapeKind.Sequence:
                return NodeKinds.Sequence;
            case ShapeKind.Map:
            case ShapeKind.Object:
            case ShapeKind.Anonymous:
                return NodeKinds.Mapping;
            case ShapeKind.Union:
                var accepts = NodeKinds.None;
                foreach (var variant in VariantTypes)
                {
                    accepts |= TypeShapes.Get(variant).Accepts;
                }

                return accepts;
            default:
                return NodeKinds.Scalar;
        }
    }
}
