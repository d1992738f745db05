using System;
using System.Globalization;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A value the schema allows to be an integer or a string (a port given as <c>8080</c> or <c>http</c>).
/// It remembers which: <c>8080</c> stays an integer and <c>"8080"</c> stays a string when written back. A plain
/// YAML float or boolean read into it is kept as a string (written quoted). The default value is the
/// integer 0.
/// </summary>
public readonly struct IntegerOrString : IEquatable<IntegerOrString>
{
    private readonly long _integer;
    private readonly string? _string;

    /// <summary>Creates an integer value.</summary>
    public IntegerOrString(long value)
    {
        _integer = value;
        _string = null;
    }

    /// <summary>Creates a string value.</summary>
    public IntegerOrString(string value)
    {
        _integer = 0;
        _string = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>True when the value is an integer, false when it is a string.</summary>
    public bool IsInteger => _string is null;

    /// <summary>True when the value is a string.</summary>
    public bool IsString => _string is not null;

    /// <summary>The integer.</summary>
    /// <exception cref="InvalidOperationException">The value is a string.</exception>
    public long IntegerValue => _string is null
        ? _integer
        : throw new InvalidOperationException($"The value is the string '{_string}', not an integer.");

    /// <summary>The string, or <see langword="null"/> when the value is an integer.</summary>
    public string? StringValue => _string;

    /// <summary>Converts an integer.</summary>
    public static implicit operator IntegerOrString(int value) => new(value);

    /// <summary>Converts an integer.</summary>
    public static implicit operator IntegerOrString(long value) => new(value);

    /// <summary>Converts a string.</summary>
    public static implicit operator IntegerOrString(string value) => new(value);

    /// <summary>Equality: same kind and same value (<c>8080</c> differs from <c>"8080"</c>).</summary>
    public static bool operator ==(IntegerOrString left, IntegerOrString right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IntegerOrString left, IntegerOrString right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IntegerOrString other) =>
        _string is null ? other._string is null && _integer == other._integer
                        : string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntegerOrString other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _string?.GetHashCode() ?? _integer.GetHashCode();

    /// <summary>The integer in invariant culture, or the string.</summary>
    public override string ToString() => _string ?? _integer.ToString(CultureInfo.InvariantCulture);
}
