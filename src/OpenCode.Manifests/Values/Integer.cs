using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A schema <c>integer</c>: a 64-bit value, or a Flux post-build placeholder such as <c>${REPLICAS:=1}</c> that
/// Flux replaces with a number before the chart sees it. The default value is the integer 0. Read as Flux reads
/// YAML 1.1: <c>0775</c> is octal 509, <c>0x1F</c> is 31.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The JSON Schema type this value stands for, named as the schemas users read name it; renaming it would hide the correspondence.")]
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The JSON Schema type this value stands for, named as the schemas users read name it; renaming it would hide the correspondence.")]
public readonly struct Integer : IEquatable<Integer>, IYamlModel<Integer>
{
    private readonly long _value;
    private readonly string? _placeholder;

    /// <summary>Creates an integer holding <paramref name="value"/>.</summary>
    public Integer(long value)
    {
        _value = value;
        _placeholder = null;
    }

    private Integer(string placeholder)
    {
        _value = 0;
        _placeholder = placeholder;
    }

    /// <summary>
    /// Creates an integer standing for a Flux placeholder (<c>${NAME}</c>, <c>${NAME:=default}</c>,
    /// <c>${NAME:-default}</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The text is not a placeholder.</exception>
    public static Integer FromPlaceholder(string placeholder) =>
        new(FluxPlaceholder.Require(placeholder, nameof(placeholder)));

    /// <summary>True when this is a Flux placeholder rather than a number.</summary>
    public bool IsPlaceholder => _placeholder is not null;

    /// <summary>The number.</summary>
    /// <exception cref="InvalidOperationException">This is a placeholder.</exception>
    public long Value => _placeholder is null
        ? _value
        : throw new InvalidOperationException($"The integer is the Flux placeholder '{_placeholder}', not a number.");

    /// <summary>The placeholder text, or <see langword="null"/> when this is a number.</summary>
    public string? Placeholder => _placeholder;

    /// <summary>Converts a number.</summary>
    public static implicit operator Integer(int value) => new(value);

    /// <summary>Converts a number.</summary>
    public static implicit operator Integer(long value) => new(value);

    /// <summary>Equality of numbers, or of placeholder texts.</summary>
    public static bool operator ==(Integer left, Integer right) => left.Equals(right);

    /// <summary>Inequality of numbers, or of placeholder texts.</summary>
    public static bool operator !=(Integer left, Integer right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Integer other) =>
        _placeholder is null ? other._placeholder is null && _value == other._value
                             : string.Equals(_placeholder, other._placeholder, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Integer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _placeholder is null ? _value.GetHashCode() : _placeholder.GetHashCode();

    /// <summary>The number in invariant culture, or the placeholder text.</summary>
    public override string ToString() => _placeholder ?? _value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an integer or a placeholder.</summary>
    public static Integer ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is YamlScalarNode { Value: { } text } scalar)
        {
            if (FluxPlaceholder.IsPlaceholder(text))
            {
                return new Integer(text);
            }

            if (YamlScalars.Resolve(scalar) == YamlScalarType.Integer && YamlScalars.TryParseInteger(text, out var value))
            {
                return value >= long.MinValue && value <= long.MaxValue
                    ? new Integer((long)value)
                    : throw YamlRead.At(node, path, $"{value} does not fit a 64-bit integer");
            }
        }

        throw YamlRead.Expected(node, path, "an integer or a Flux placeholder");
    }

    /// <summary>Writes the number, or the placeholder unquoted (Flux substitutes it before the YAML is parsed).</summary>
    public void WriteYaml(YamlWriter writer) => writer.Plain(ToString());
}
