using System;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Names the YAML key a generated property is read from and written to. Metadata only: the generated serializers
/// read and write the key themselves; tools that look at a model from outside (the importer, coverage tests) read
/// it here.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class YamlKeyAttribute : Attribute
{
    /// <summary>Creates the attribute for the given YAML key.</summary>
    public YamlKeyAttribute(string name) => Name = name;

    /// <summary>The key as spelled in YAML.</summary>
    public string Name { get; }

    /// <summary>The schema lists the key as required.</summary>
    public bool Required { get; init; }
}

/// <summary>The YAML spelling of an enum member (the schema's own value, kept verbatim).</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class YamlValueAttribute : Attribute
{
    /// <summary>Creates the attribute for the given YAML spelling.</summary>
    public YamlValueAttribute(string value) => Value = value;

    /// <summary>The value as spelled in YAML.</summary>
    public string Value { get; }
}

/// <summary>
/// Marks an abstract record as a closed union (a schema <c>oneOf</c>/<c>anyOf</c>). The variants are listed in
/// schema order; reading YAML picks the first variant whose shape matches the node.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class YamlUnionAttribute : Attribute
{
    /// <summary>Creates the attribute with the union's variants in schema order.</summary>
    public YamlUnionAttribute(params Type[] variants) => Variants = variants;

    /// <summary>The variant types, in schema order.</summary>
    public Type[] Variants { get; }
}

/// <summary>
/// On a union variant: the variant is told apart by a constant-valued key (app-template persistence <c>type</c>).
/// When <see cref="Optional"/> is false the key is not a property of the record: it is always written with
/// <see cref="Value"/>. When true, the record has a nullable property for the key and the key may be absent.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class YamlDiscriminatorAttribute : Attribute
{
    /// <summary>Creates the attribute for the discriminating key and its constant value.</summary>
    public YamlDiscriminatorAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The discriminating key.</summary>
    public string Key { get; }

    /// <summary>The constant value that selects this variant.</summary>
    public string Value { get; }

    /// <summary>The schema does not require the key on this variant.</summary>
    public bool Optional { get; init; }
}

/// <summary>
/// On a union variant whose payload is not an object (a scalar, a list or a map): the payload is the record's
/// single property named <c>Value</c>, written in place of the variant.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class YamlWrappedVariantAttribute : Attribute
{
}

/// <summary>
/// On a <c>Dictionary&lt;string, FreeForm&gt;</c> property: receives the keys an open object (one whose schema
/// allows additional properties) holds beyond its declared properties, and writes them back after them.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class YamlExtensionDataAttribute : Attribute
{
}
