using System;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>
/// Reads a YAML node into a value of a given type: decides null handling, then hands the node to the reader
/// for the type's <see cref="ShapeKind"/>.
/// </summary>
internal static class NodeReader
{
    public static object? Read(YamlNode node, Type type, YamlPath path) => Read(node, TypeShapes.Get(type), path);

    public static object? Read(YamlNode node, TypeShape shape, YamlPath path)
    {
        if (YamlCoreSchema.IsNull(node))
        {
            return ReadNull(node, shape, path);
        }

        switch (shape.Kind)
        {
            case ShapeKind.Nullable:
                return Read(node, shape.Element, path);
            case ShapeKind.Sequence:
                return CollectionReader.ReadSequence(node, shape, path);
            case ShapeKind.Map:
                return CollectionReader.ReadMap(node, shape, path);
            case ShapeKind.Object:
                return ObjectReader.Read(node, shape, path);
            case ShapeKind.Union:
                return UnionReader.Read(node, shape, path);
            case ShapeKind.WrappedVariant:
                var variant = shape.Create!();
                shape.ValueProperty!.SetValue(variant, Read(node, shape.Element, path));
                return variant;
            case ShapeKind.FreeForm:
                return FreeForm.Wrap(node);
            case ShapeKind.YamlNode:
                return YamlNodes.DeepClone(node);
            case ShapeKind.Dynamic:
                return DynamicReader.Read(node);
            case ShapeKind.Anonymous:
                throw new NotSupportedException($"Anonymous type {shape.Type} can be written but not read.");
            default:
                return ScalarReader.Read(node, shape, path);
        }
    }

    /// <summary>
    /// An explicit YAML null. Nullable targets get C# null (so the key is omitted when written back), except
    /// <see cref="FreeForm"/> and <see cref="Scalar"/>, which hold the null explicitly and write it back.
    /// </summary>
    private static object? ReadNull(YamlNode node, TypeShape shape, YamlPath path)
    {
        switch (shape.Kind)
        {
            case ShapeKind.FreeForm:
                return FreeForm.Null;
            case ShapeKind.Scalar:
                return Scalar.Null;
            case ShapeKind.YamlNode:
                return YamlNodes.DeepClone(node);
            case ShapeKind.Nullable:
                return shape.Element.Kind == ShapeKind.Scalar ? Scalar.Null : (object?)null;
            default:
                if (shape.Type.IsValueType)
                {
                    throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
                }

                return null;
        }
    }
}
