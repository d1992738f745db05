using System;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A value the schema allows to be an integer or a string (a port given as <c>8080</c> or <c>http</c>).
/// It remembers which: <c>8080</c> stays an integer and <c>"8080"</c> stays a string when written back. A plain
/// YAML float or boolean read into it is kept as a string (written quoted). A plain Flux placeholder
/// (<c>port: ${PORT}</c>) stays a placeholder, written unquoted, so Flux's substitution yields a number again. The
/// default value is the integer 0.
/// </summary>
public readonly struct IntegerOrString : IEquatable<IntegerOrString>, IYamlModel<IntegerOrString>
{
    private readonly long _integer;
    private readonly string? _string;
    private readonly bool _isPlaceholder;

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

    private IntegerOrString(string placeholder, bool isPlaceholder)
    {
        _integer = 0;
        _string = placeholder;
        _isPlaceholder = isPlaceholder;
    }

    /// <summary>Creates a value standing for a Flux placeholder that Flux replaces with a number.</summary>
    /// <exception cref="ArgumentException">The text is not a placeholder.</exception>
    public static IntegerOrString FromPlaceholder(string placeholder) =>
        new(FluxPlaceholder.Require(placeholder, nameof(placeholder)), isPlaceholder: true);

    /// <summary>True when the value is an integer, false when it is a string or a placeholder.</summary>
    public bool IsInteger => _string is null;

    /// <summary>True when the value is a string.</summary>
    public bool IsString => _string is not null && !_isPlaceholder;

    /// <summary>True when the value is a Flux placeholder for a number.</summary>
    public bool IsPlaceholder => _isPlaceholder;

    /// <summary>The placeholder text, or <see langword="null"/>.</summary>
    public string? Placeholder => _isPlaceholder ? _string : null;

    /// <summary>The integer.</summary>
    /// <exception cref="InvalidOperationException">The value is a string.</exception>
    public long IntegerValue => _string is null
        ? _integer
        : throw new InvalidOperationException($"The value is the string '{_string}', not an integer.");

    /// <summary>The string, or <see langword="null"/> when the value is an integer or a placeholder.</summary>
    public string? StringValue => _isPlaceholder ? null : _string;

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
                        : _isPlaceholder == other._isPlaceholder && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntegerOrString other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _string?.GetHashCode() ?? _integer.GetHashCode();

    /// <summary>The integer in invariant culture, the string, or the placeholder.</summary>
    public override string ToString() => _string ?? _integer.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an integer (as YAML 1.1 reads it), a plain placeholder, or any other scalar as a string.</summary>
    public static IntegerOrString ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is not YamlScalarNode scalar || YamlScalars.IsNull(node))
        {
            throw YamlRead.Expected(node, path, "an integer or a string");
        }

        var text = scalar.Value ?? string.Empty;
        if (YamlScalars.IsPlain(scalar.Style) && FluxPlaceholder.IsPlaceholder(text))
        {
            return new IntegerOrString(text, isPlaceholder: true);
        }

        return YamlScalars.Resolve(scalar) == YamlScalarType.Integer
            && YamlScalars.TryParseInteger(text, out var value) && value >= long.MinValue && value <= long.MaxValue
            ? new IntegerOrString((long)value)
            : new IntegerOrString(text);
    }

    /// <summary>Writes an integer or a placeholder unquoted, a string as a string.</summary>
    public void WriteYaml(YamlWriter writer)
    {
        if (IsString)
        {
            writer.String(_string!);
        }
        else
        {
            writer.Plain(ToString());
        }
    }
}
