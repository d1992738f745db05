using System;
using System.Globalization;
using k8s.Models;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Writing;

/// <summary>
/// Writes scalars: strings by the quoting rule (<see cref="ScalarStyleRule"/>), numbers and booleans plain,
/// placeholders plain whenever the syntax allows (Flux substitutes them before parsing, so a quoted
/// <c>"${REPLICAS}"</c> would turn a number into a string).
/// </summary>
internal static class ScalarWriter
{
    public static YamlNode Write(object value, TypeShape shape) => shape.Kind switch
    {
        ShapeKind.String => YamlNodes.String((string)value),
        ShapeKind.Boolean => YamlNodes.Plain((bool)value ? "true" : "false"),
        ShapeKind.Integral => YamlNodes.Plain(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        ShapeKind.Floating => YamlNodes.Plain(value switch
        {
            double number => Number.FormatDouble(number),
            float number => Number.FormatDouble(number),
            _ => ((decimal)value).ToString(CultureInfo.InvariantCulture),
        }),
        ShapeKind.DateTime => YamlNodes.String(value is DateTimeOffset offset
            ? offset.ToString("o", CultureInfo.InvariantCulture)
            : ((DateTime)value).ToString("o", CultureInfo.InvariantCulture)),
        ShapeKind.Integer => (Integer)value is { IsPlaceholder: true } placeholder
            ? Placeholder(placeholder.Placeholder!)
            : YamlNodes.Plain(value.ToString()!),
        ShapeKind.Number => (Number)value is { IsPlaceholder: true } number
            ? Placeholder(number.Placeholder!)
            : YamlNodes.Plain(((Number)value).Text),
        ShapeKind.Scalar => WriteScalar((Scalar)value),
        ShapeKind.IntegerOrString => (IntegerOrString)value is { IsString: true } text
            ? YamlNodes.String(text.StringValue!)
            : YamlNodes.Plain(value.ToString()!),
        ShapeKind.StringOrList => WriteStringOrList((StringOrList)value),
        ShapeKind.KubernetesIntOrString => WriteIntOrString((IntOrString)value),
        ShapeKind.ResourceQuantity => WriteQuantity((ResourceQuantity)value),
        ShapeKind.Enum => YamlNodes.String(shape.EnumYamlByValue.TryGetValue(value, out var spelling)
            ? spelling
            : throw new InvalidOperationException($"{value} is not a defined member of {shape.Type.Name}.")),
        _ => throw new NotSupportedException($"{shape.Type} is not a scalar type."),
    };

    private static YamlScalarNode Placeholder(string text) =>
        new(text) { Style = ScalarStyleRule.IsSyntacticallyPlainSafe(text) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted };

    private static YamlNode WriteScalar(Scalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => YamlNodes.Null(),
        ScalarKind.String => YamlNodes.String(scalar.Text),
        _ => YamlNodes.Plain(scalar.Text),
    };

    private static YamlNode WriteStringOrList(StringOrList value)
    {
        if (!value.IsList)
        {
            return YamlNodes.String(value.SingleValue!);
        }

        var sequence = new YamlSequenceNode();
        foreach (var item in value.Values)
        {
            sequence.Add(YamlNodes.String(item));
        }

        return sequence;
    }

    /// <summary>
    /// Digits are written as an integer, anything else as a string; an instance read from YAML keeps its
    /// original quoting while its value is unchanged.
    /// </summary>
    private static YamlNode WriteIntOrString(IntOrString value)
    {
        var text = value.Value ?? string.Empty;
        if (KubernetesScalarMemory.TryRecall(value, out var original, out var wasQuoted) && original == text && wasQuoted)
        {
            return YamlNodes.String(text);
        }

        // "0400" is not written plain: YAML 1.1 readers would take it for an octal number.
        return IsDigits(text) && (text.Length == 1 || text[0] != '0') ? YamlNodes.Plain(text) : YamlNodes.String(text);
    }

    /// <summary>
    /// A quantity read from YAML is written with its original spelling (<c>0.5</c> stays <c>0.5</c>, not the
    /// canonical <c>500m</c>) while it still means the same amount; numbers are written plain, suffixed
    /// quantities (<c>512Mi</c>) as strings.
    /// </summary>
    private static YamlNode WriteQuantity(ResourceQuantity value)
    {
        var text = value.ToString();
        var wasQuoted = false;
        if (KubernetesScalarMemory.TryRecall(value, out var original, out var quoted) && SameAmount(original, value))
        {
            text = original;
            wasQuoted = quoted;
        }

        return !wasQuoted && YamlCoreSchema.IsNumberText(text) ? YamlNodes.Plain(text) : YamlNodes.String(text);
    }

    private static bool SameAmount(string original, ResourceQuantity value)
    {
        if (FluxPlaceholder.IsPlaceholder(original))
        {
            // The reader's stand-in for a placeholder is zero; any other amount means the value was changed.
            return value.ToDecimal() == 0m;
        }

        try
        {
            return new ResourceQuantity(original).Equals(value);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var character in text)
        {
            if (character is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
