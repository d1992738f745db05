using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A schema <c>boolean</c>: <c>true</c>, <c>false</c>, or a Flux post-build placeholder such as
/// <c>${ENABLE_GPU:=false}</c> that Flux replaces before the chart sees it. Read as Flux reads YAML 1.1, so a plain
/// <c>yes</c> or <c>on</c> is true; written as <c>true</c>/<c>false</c>. The default value is <c>false</c>.
/// </summary>
public readonly struct Flag : IEquatable<Flag>, IYamlModel<Flag>
{
    private readonly bool _value;
    private readonly string? _placeholder;

    private Flag(bool value, string? placeholder)
    {
        _value = value;
        _placeholder = placeholder;
    }

    /// <summary>Creates a flag standing for a Flux placeholder (<c>${NAME}</c>, <c>${NAME:=true}</c>).</summary>
    /// <exception cref="ArgumentException">The text is not a placeholder.</exception>
    public static Flag FromPlaceholder(string placeholder) => new(false, FluxPlaceholder.Require(placeholder, nameof(placeholder)));

    /// <summary>True when this is a Flux placeholder rather than true or false.</summary>
    public bool IsPlaceholder => _placeholder is not null;

    /// <summary>The placeholder text, or <see langword="null"/>.</summary>
    public string? Placeholder => _placeholder;

    /// <summary>The boolean.</summary>
    /// <exception cref="InvalidOperationException">This is a placeholder.</exception>
    public bool Value => _placeholder is null
        ? _value
        : throw new InvalidOperationException($"The flag is the Flux placeholder '{_placeholder}', not true or false.");

    /// <summary>True when this is the boolean <c>true</c> (a placeholder is not).</summary>
    public bool IsTrue => _placeholder is null && _value;

    /// <summary>Converts a boolean.</summary>
    public static implicit operator Flag(bool value) => new(value, null);

    /// <summary>Equality of booleans, or of placeholder texts.</summary>
    public static bool operator ==(Flag left, Flag right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Flag left, Flag right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Flag other) =>
        _placeholder is null ? other._placeholder is null && _value == other._value
                             : string.Equals(_placeholder, other._placeholder, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Flag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _placeholder?.GetHashCode() ?? _value.GetHashCode();

    /// <summary><c>true</c>, <c>false</c> or the placeholder.</summary>
    public override string ToString() => _placeholder ?? (_value ? "true" : "false");

    /// <summary>Reads a boolean (YAML 1.1 spellings included) or a placeholder.</summary>
    public static Flag ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is YamlScalarNode { Value: { } text } scalar)
        {
            if (FluxPlaceholder.IsPlaceholder(text))
            {
                return new Flag(false, text);
            }

            if (YamlScalars.Resolve(scalar) == YamlScalarType.Boolean && YamlScalars.TryParseBoolean(text, out var value))
            {
                return new Flag(value, null);
            }
        }

        throw YamlRead.Expected(node, path, "a boolean (true or false)");
    }

    /// <summary>Writes <c>true</c>, <c>false</c> or the placeholder, unquoted.</summary>
    public void WriteYaml(YamlWriter writer) => writer.Plain(ToString());
}
