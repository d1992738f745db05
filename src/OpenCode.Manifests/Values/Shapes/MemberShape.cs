using System;
using System.Reflection;

namespace OpenCode.Manifests.Values.Shapes;

/// <summary>One property of an object shape and the YAML key it maps to.</summary>
internal sealed class MemberShape
{
    public MemberShape(PropertyInfo property, string key, bool required)
    {
        Property = property;
        Key = key;
        Required = required;
    }

    public PropertyInfo Property { get; }

    /// <summary>The YAML key, from <see cref="YamlKeyAttribute"/> or <c>[JsonPropertyName]</c>.</summary>
    public string Key { get; }

    public bool Required { get; }

    public Type Type => Property.PropertyType;

    public TypeShape Shape => TypeShapes.Get(Property.PropertyType);

    public object? Get(object instance) => Property.GetValue(instance);

    public void Set(object instance, object? value) => Property.SetValue(instance, value);
}
