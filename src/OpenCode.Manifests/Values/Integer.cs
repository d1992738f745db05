using System;
using System.Globalization;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A schema <c>integer</c>: a 64-bit value, or a Flux post-build placeholder such as <c>${REPLICAS:=1}</c> that
/// Flux replaces with a number before the chart sees it. The default value is the integer 0.
/// </summary>
public readonly struct Integer : IEquatable<Integer>
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
}
