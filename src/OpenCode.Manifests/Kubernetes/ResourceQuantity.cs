using System;
using System.Globalization;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Kubernetes;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>2Gi</c>, <c>1.5</c>, <c>1e3</c>) kept exactly as written, or a
/// Flux placeholder such as <c>${MEMORY_LIMIT:=512Mi}</c>. Equality is by spelling (<c>0.5</c> differs from
/// <c>500m</c>); compare amounts with <see cref="ToDecimal"/>. A plain number is written unquoted, anything else (and
/// a number read quoted) as a string.
/// </summary>
public readonly struct ResourceQuantity : IEquatable<ResourceQuantity>, IYamlModel<ResourceQuantity>
{
    private readonly string? _text;
    private readonly bool _writtenAsString;

    /// <summary>Creates a quantity from its text (checked when it is used: <see cref="IsValid"/>).</summary>
    public ResourceQuantity(string text)
        : this(text ?? throw new ArgumentNullException(nameof(text)), !IsPlainNumber(text))
    {
    }

    private ResourceQuantity(string text, bool writtenAsString)
    {
        _text = text;
        _writtenAsString = writtenAsString;
    }

    /// <summary>The quantity as written.</summary>
    public string Text => _text ?? "0";

    /// <summary>True when the quantity is written as a string (quoted when it looks like a number).</summary>
    public bool IsWrittenAsString => _writtenAsString;

    /// <summary>A quantity that is written as a string even though it is a plain number (<c>"1"</c>, as read from YAML).</summary>
    public static ResourceQuantity Quoted(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), writtenAsString: true);

    /// <summary>True when this is a Flux placeholder.</summary>
    public bool IsPlaceholder => FluxPlaceholder.IsPlaceholder(Text);

    /// <summary>True when the text is a Kubernetes quantity (a placeholder is not).</summary>
    public bool IsValid => TryToDecimal(out _);

    /// <summary>Converts text.</summary>
    public static implicit operator ResourceQuantity(string text) => new(text);

    /// <summary>The amount (<c>500m</c> is 0.5, <c>1Ki</c> is 1024).</summary>
    /// <exception cref="FormatException">The text is not a quantity, or is a placeholder.</exception>
    public decimal ToDecimal() => TryToDecimal(out var value)
        ? value
        : throw new FormatException($"'{Text}' is not a Kubernetes quantity.");

    /// <summary>Parses the amount: a decimal number, then a binary (<c>Ki</c>…<c>Ei</c>), decimal
    /// (<c>n</c>, <c>u</c>, <c>m</c>, <c>k</c>, <c>M</c>…<c>E</c>) or exponent (<c>e3</c>) suffix.</summary>
    public bool TryToDecimal(out decimal value)
    {
        value = 0;
        var text = Text;
        var end = 0;
        if (end < text.Length && (text[end] == '+' || text[end] == '-'))
        {
            end++;
        }

        var digits = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            digits += text[end] == '.' ? 0 : 1;
            end++;
        }

        if (digits == 0 || !decimal.TryParse(text.AsSpan(0, end), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var suffix = text.Substring(end);
        decimal factor;
        switch (suffix)
        {
            case "": factor = 1m; break;
            case "n": factor = 0.000000001m; break;
            case "u": factor = 0.000001m; break;
            case "m": factor = 0.001m; break;
            case "k": factor = 1_000m; break;
            case "M": factor = 1_000_000m; break;
            case "G": factor = 1_000_000_000m; break;
            case "T": factor = 1_000_000_000_000m; break;
            case "P": factor = 1_000_000_000_000_000m; break;
            case "E": factor = 1_000_000_000_000_000_000m; break;
            case "Ki": factor = 1024m; break;
            case "Mi": factor = 1024m * 1024; break;
            case "Gi": factor = 1024m * 1024 * 1024; break;
            case "Ti": factor = 1024m * 1024 * 1024 * 1024; break;
            case "Pi": factor = 1024m * 1024 * 1024 * 1024 * 1024; break;
            case "Ei": factor = 1024m * 1024 * 1024 * 1024 * 1024 * 1024; break;
            default:
                if (suffix.Length < 2 || (suffix[0] != 'e' && suffix[0] != 'E')
                    || !int.TryParse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
                    || exponent is < -18 or > 18)
                {
                    return false;
                }

                factor = 1m;
                for (var i = 0; i < Math.Abs(exponent); i++)
                {
                    factor = exponent > 0 ? factor * 10 : factor / 10;
                }

                break;
        }

        try
        {
            value = number * factor;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Equality of spellings.</summary>
    public static bool operator ==(ResourceQuantity left, ResourceQuantity right) => left.Equals(right);

    /// <summary>Inequality of spellings.</summary>
    public static bool operator !=(ResourceQuantity left, ResourceQuantity right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ResourceQuantity other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResourceQuantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The quantity as written.</summary>
    public override string ToString() => Text;

    /// <summary>Reads a scalar; a plain number stays a number, a quoted one a string.</summary>
    public static ResourceQuantity ReadYaml(YamlNode node, YamlPath path)
    {
        if (node is not YamlScalarNode scalar || YamlScalars.IsNull(node))
        {
            throw YamlRead.Expected(node, path, "a resource quantity");
        }

        var text = scalar.Value ?? string.Empty;
        var isNumber = YamlScalars.Resolve(scalar) is YamlScalarType.Integer or YamlScalarType.Float;
        var isPlainPlaceholder = YamlScalars.IsPlain(scalar.Style) && FluxPlaceholder.IsPlaceholder(text);
        return new ResourceQuantity(text, writtenAsString: !isNumber && !isPlainPlaceholder);
    }

    /// <summary>Writes a number or a plain placeholder unquoted, anything else as a string.</summary>
    public void WriteYaml(YamlWriter writer)
    {
        if (_writtenAsString)
        {
            writer.String(Text);
        }
        else
        {
            writer.Plain(Text);
        }
    }

    /// <summary>True when the text is written unquoted by default: a YAML number or a Flux placeholder.</summary>
    public static bool IsPlainNumber(string text) => YamlScalars.IsNumberText(text) || FluxPlaceholder.IsPlaceholder(text);
}
