using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using k8s.Models;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>
/// Reads scalar nodes into strings, booleans, numbers, enums and the runtime value types. Types follow the
/// YAML 1.2 core schema: only plain <c>true</c>/<c>false</c> is a boolean, a quoted <c>"8080"</c> is a string.
/// A string target accepts any scalar's text as-is (<c>tag: 1.2</c> reads as "1.2").
/// </summary>
internal static class ScalarReader
{
    public static object? Read(YamlNode node, TypeShape shape, YamlPath path)
    {
        if (node is not YamlScalarNode scalar)
        {
            if (shape.Kind == ShapeKind.StringOrList && node is YamlSequenceNode sequence)
            {
                return ReadStringList(sequence, path);
            }

            throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
        }

        var text = scalar.Value ?? string.Empty;
        var type = YamlCoreSchema.Resolve(scalar);
        var isQuoted = !YamlCoreSchema.IsPlainStyle(scalar.Style);
        switch (shape.Kind)
        {
            case ShapeKind.String:
                return text;
            case ShapeKind.StringOrList:
                return StringOrList.FromString(text);
            case ShapeKind.Boolean when type == YamlScalarType.Boolean:
                return YamlCoreSchema.ParseBoolean(text);
            case ShapeKind.Integral when type == YamlScalarType.Integer && YamlCoreSchema.TryParseInteger(text, out var integral):
                return ConvertIntegral(integral, shape, scalar, path);
            case ShapeKind.Floating when type is YamlScalarType.Integer or YamlScalarType.Float:
                return ConvertFloating(text, shape.Type);
            case ShapeKind.Integer when FluxPlaceholder.IsPlaceholder(text):
                return Integer.FromPlaceholder(text);
            case ShapeKind.Integer when type == YamlScalarType.Integer && YamlCoreSchema.TryParseInteger(text, out var integer):
                return new Integer((long)ConvertIntegral(integer, TypeShapes.Get(typeof(long)), scalar, path));
            case ShapeKind.Number when FluxPlaceholder.IsPlaceholder(text):
                return Number.FromPlaceholder(text);
            case ShapeKind.Number when type is YamlScalarType.Integer or YamlScalarType.Float:
                return Number.Parse(text);
            case ShapeKind.Scalar:
                return Scalar.FromYaml(ScalarKindOf(type), text);
            case ShapeKind.IntegerOrString:
                return type == YamlScalarType.Integer && YamlCoreSchema.TryParseInteger(text, out var port) && port >= long.MinValue && port <= long.MaxValue
                    ? new IntegerOrString((long)port)
                    : new IntegerOrString(text);
            case ShapeKind.KubernetesIntOrString:
                IntOrString intOrString = text;
                KubernetesScalarMemory.Remember(intOrString, text, isQuoted);
                return intOrString;
            case ShapeKind.ResourceQuantity:
                return ReadQuantity(scalar, text, isQuoted, path);
            case ShapeKind.DateTime:
                return ReadDateTime(scalar, shape.Type, text, path);
            case ShapeKind.Enum when shape.EnumValuesByYaml.TryGetValue(text, out var member):
                return member;
            case ShapeKind.Enum:
                throw ReadErrors.At(node, path,
                    $"'{text}' is not a valid {shape.Type.Name}; allowed values: {string.Join(", ", shape.EnumValuesByYaml.Keys)}");
            default:
                throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
        }
    }

    private static StringOrList ReadStringList(YamlSequenceNode sequence, YamlPath path) =>
        StringOrList.FromList(sequence.Children.Select((item, index) =>
            item is YamlScalarNode { } itemScalar && !YamlCoreSchema.IsNull(itemScalar)
                ? itemScalar.Value ?? string.Empty
                : throw ReadErrors.Expected(item, path.Index(index), "a string")));

    private static ScalarKind ScalarKindOf(YamlScalarType type) => type switch
    {
        YamlScalarType.Null => ScalarKind.Null,
        YamlScalarType.Boolean => ScalarKind.Boolean,
        YamlScalarType.Integer or YamlScalarType.Float => ScalarKind.Number,
        _ => ScalarKind.String,
    };

    private static object ConvertIntegral(BigInteger value, TypeShape shape, YamlScalarNode node, YamlPath path)
    {
        try
        {
            return shape.Type == typeof(ulong)
                ? (ulong)value
                : Convert.ChangeType((long)value, shape.Type, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is OverflowException or InvalidCastException)
        {
            throw new ValuesYamlException($"{value} does not fit a {shape.Type.Name}", path.ToString(), node.Start, exception);
        }
    }

    private static object ConvertFloating(string text, Type type)
    {
        if (type == typeof(decimal))
        {
            return YamlCoreSchema.TryParseInteger(text, out var integer)
                ? (decimal)integer
                : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        YamlCoreSchema.TryParseNumber(text, out var value);
        return type == typeof(float) ? (float)value : value;
    }

    private static ResourceQuantity ReadQuantity(YamlScalarNode node, string text, bool isQuoted, YamlPath path)
    {
        if (FluxPlaceholder.IsPlaceholder(text))
        {
            // Flux fills the value in after the build: keep the placeholder's spelling on a stand-in quantity so
            // writing the unchanged instance gives the placeholder back.
            var standIn = new ResourceQuantity("0");
            KubernetesScalarMemory.Remember(standIn, text, isQuoted);
            return standIn;
        }

        try
        {
            var quantity = new ResourceQuantity(text);
            KubernetesScalarMemory.Remember(quantity, text, isQuoted);
            return quantity;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            throw new ValuesYamlException($"'{text}' is not a resource quantity", path.ToString(), node.Start, exception);
        }
    }

    private static object ReadDateTime(YamlScalarNode node, Type type, string text, YamlPath path)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timestamp))
        {
            return type == typeof(DateTimeOffset) ? timestamp : timestamp.UtcDateTime;
        }

        throw ReadErrors.Expected(node, path, "a timestamp");
    }
}
