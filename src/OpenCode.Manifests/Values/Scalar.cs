using System;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A value the schema allows to be a string, a number or a boolean (<c>type: [string, number, boolean]</c>).
/// It keeps the YAML text and the <see cref="Kind"/>, so <c>1.10</c> (a number) and <c>"1.10"</c> (a string)
/// are written back exactly as read. It can also hold an explicit YAML null (<see cref="Null"/>, the default),
/// which is written back as <c>null</c> rather than omitted.
/// </summary>
public readonly struct Scalar : IEquatable<Scalar>, IYamlModel<Scalar>
{
    private readonly string? _text;

    private Scalar(ScalarKind kind, string? text)
    {
        Kind = kind;
        _text = text;
    }

    /// <summary>An explicit YAML null.</summary>
    public static Scalar Null => default;

    /// <summary>What the scalar holds.</summary>
    public ScalarKind Kind { get; }

    /// <summary>The YAML text: the string itself, the number's text, <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
    public string Text => _text ?? (Kind == ScalarKind.Null ? "null" : string.Empty);

    /// <summary>True for an explicit YAML null.</summary>
    public bool IsNull => Kind == ScalarKind.Null;

    /// <summary>Creates a string scalar.</summary>
    public static Scalar FromString(string value) => new(ScalarKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Creates a number scalar from YAML number text (kept verbatim).</summary>
    /// <exception cref="FormatException">The text is not a YAML number.</exception>
    public static Scalar FromNumberText(string text) =>
        text is not null && YamlScalars.IsNumberText(text)
            ? new Scalar(ScalarKind.Number, text)
            : throw new FormatException($"'{text}' is not a YAML number.");

    /// <summary>Creates a boolean scalar.</summary>
    public static Scalar FromBoolean(bool value) => new(ScalarKind.Boolean, value ? "true" : "false");

    /// <summary>Creates a scalar with the given kind and text, as read from YAML (no validation).</summary>
    internal static Scalar FromYaml(ScalarKind kind, string text) => new(kind, text);

    /// <summary>The boolean value.</summary>
    /// <exception cref="InvalidOperationException">The scalar is not a boolean.</exception>
    public bool AsBoolean() => Kind == ScalarKind.Boolean
        ? YamlScalars.TryParseBoolean(Text, out var flag) && flag
        : throw new InvalidOperationException($"The scalar is a {Kind}, not a Boolean.");

    /// <summary>The number as a double.</summary>
    /// <exception cref="InvalidOperationException">The scalar is not a number.</exception>
    public double AsDouble() => Kind == ScalarKind.Number && YamlScalars.TryParseNumber(Text, out var value)
        ? value
        : throw new InvalidOperationException($"The scalar is a {Kind}, not a Number.");

    /// <summary>Converts a string (<see langword="null"/> gives <see cref="Null"/>).</summary>
    public static implicit operator Scalar(string? value) => value is null ? Null : FromString(value);

    /// <summary>Converts a number.</summary>
    public static implicit operator Scalar(int value) => new(ScalarKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Converts a number.</summary>
    public static implicit operator Scalar(long value) => new(ScalarKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Converts a number.</summary>
    public static implicit operator Scalar(double value) => new(ScalarKind.Number, Number.FormatDouble(value));

    /// <summary>Converts a boolean.</summary>
    public static implicit operator Scalar(bool value) => FromBoolean(value);

    /// <summary>Equality of kind and text (booleans by value; all nulls are equal).</summary>
    public static bool operator ==(Scalar left, Scalar right) => left.Equals(right);

    /// <summary>Inequality of kind and text.</summary>
    public static bool operator !=(Scalar left, Scalar right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Scalar other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            ScalarKind.Null => true,
            ScalarKind.Boolean => AsBoolean() == other.AsBoolean(),
            _ => string.Equals(Text, other.Text, StringComparison.Ordinal),
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Scalar other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind switch
    {
        ScalarKind.Null => 0,
        ScalarKind.Boolean => AsBoolean().GetHashCode(),
        _ => HashCode.Combine(Kind, Text),
    };

    /// <summary>The YAML text.</summary>
    public override string ToString() => Text;

    /// <summary>Reads any scalar, keeping its text and what a YAML 1.1 reader makes of it (a plain <c>yes</c> is a boolean).</summary>
    public static Scalar ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw YamlRead.Expected(node, path, "a string, number or boolean");
        }

        return YamlScalars.Resolve(scalar) switch
        {
            YamlScalarType.Null => Null,
            YamlScalarType.Boolean => new Scalar(ScalarKind.Boolean, scalar.Value ?? string.Empty),
            YamlScalarType.Integer or YamlScalarType.Float => new Scalar(ScalarKind.Number, scalar.Value ?? string.Empty),
            _ => new Scalar(ScalarKind.String, scalar.Value ?? string.Empty),
        };
    }

    /// <summary>Writes strings as strings, numbers and booleans as their text, null as <c>null</c>.</summary>
    public void WriteYaml(YamlWriter writer)
    {
        switch (Kind)
        {
            case ScalarKind.Null:
                writer.Null();
                break;
            case ScalarKind.String:
                writer.String(Text);
                break;
            default:
                writer.Plain(Text);
                break;
        }
    }
}
