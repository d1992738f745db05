using System;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A schema <c>number</c>: the number's YAML text kept verbatim (so <c>0.50</c> is written back as
/// <c>0.50</c>), or a Flux post-build placeholder. Two numbers are equal when their texts are equal; compare
/// <see cref="ToDecimal"/> or <see cref="ToDouble"/> for numeric equality. The default value is <c>0</c>.
/// </summary>
public readonly struct Number : IEquatable<Number>, IYamlModel<Number>
{
    private readonly string? _text;
    private readonly bool _isPlaceholder;

    private Number(string text, bool isPlaceholder)
    {
        _text = text;
        _isPlaceholder = isPlaceholder;
    }

    /// <summary>
    /// Creates a number from YAML number text (<c>1</c>, <c>-0.5</c>, <c>1e3</c>, <c>0x1F</c>, <c>.inf</c>: the
    /// integer and float forms a YAML 1.1 reader accepts).
    /// </summary>
    /// <exception cref="FormatException">The text is not a YAML number.</exception>
    public static Number Parse(string text)
    {
        if (text is null || !YamlScalars.IsNumberText(text))
        {
            throw new FormatException($"'{text}' is not a YAML number.");
        }

        return new Number(text, isPlaceholder: false);
    }

    /// <summary>Creates a number standing for a Flux placeholder such as <c>${RATIO:=0.5}</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a placeholder.</exception>
    public static Number FromPlaceholder(string placeholder) =>
        new(FluxPlaceholder.Require(placeholder, nameof(placeholder)), isPlaceholder: true);

    /// <summary>The number's YAML text (or the placeholder text).</summary>
    public string Text => _text ?? "0";

    /// <summary>True when this is a Flux placeholder rather than a number.</summary>
    public bool IsPlaceholder => _isPlaceholder;

    /// <summary>The placeholder text, or <see langword="null"/> when this is a number.</summary>
    public string? Placeholder => _isPlaceholder ? _text : null;

    /// <summary>The number as a double.</summary>
    /// <exception cref="InvalidOperationException">This is a placeholder.</exception>
    public double ToDouble()
    {
        RequireNumber();
        // A number's text was read as a YAML 1.1 number when it was made, so this cannot fail.
        if (!YamlScalars.TryParseNumber(Text, out var value))
        {
            throw new InvalidOperationException($"'{Text}' is not a YAML number.");
        }

        return value;
    }

    /// <summary>The number as a decimal.</summary>
    /// <exception cref="InvalidOperationException">This is a placeholder.</exception>
    /// <exception cref="OverflowException">The number does not fit a decimal (or is infinite or NaN).</exception>
    public decimal ToDecimal()
    {
        RequireNumber();
        if (YamlScalars.TryParseInteger(Text, out var integer))
        {
            return (decimal)integer;
        }

        return decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : (decimal)ToDouble();
    }

    /// <summary>Converts a number.</summary>
    public static implicit operator Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>Converts a number.</summary>
    public static implicit operator Number(long value) => new(value.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>Converts a number; infinities and NaN become <c>.inf</c>, <c>-.inf</c> and <c>.nan</c>.</summary>
    public static implicit operator Number(double value) => new(FormatDouble(value), false);

    /// <summary>Converts a number.</summary>
    public static implicit operator Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>Equality of texts.</summary>
    public static bool operator ==(Number left, Number right) => left.Equals(right);

    /// <summary>Inequality of texts.</summary>
    public static bool operator !=(Number left, Number right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Number other) =>
        _isPlaceholder == other._isPlaceholder && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Number other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Text.GetHashCode();

    /// <summary>The YAML text, or the placeholder text.</summary>
    public override string ToString() => Text;

    /// <summary>Reads a number (kept as written) or a placeholder.</summary>
    public static Number ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is YamlScalarNode { Value: { } text } scalar)
        {
            if (FluxPlaceholder.IsPlaceholder(text))
            {
                return new Number(text, isPlaceholder: true);
            }

            if (YamlScalars.Resolve(scalar) is YamlScalarType.Integer or YamlScalarType.Float)
            {
                return new Number(text, isPlaceholder: false);
            }
        }

        throw YamlRead.Expected(node, path, "a number or a Flux placeholder");
    }

    /// <summary>Writes the number's text unquoted.</summary>
    public void WriteYaml(YamlWriter writer) => writer.Plain(Text);

    /// <summary>Formats a double as YAML number text.</summary>
    internal static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private void RequireNumber()
    {
        if (_isPlaceholder)
        {
            throw new InvalidOperationException($"The number is the Flux placeholder '{_text}', not a number.");
        }
    }
}
