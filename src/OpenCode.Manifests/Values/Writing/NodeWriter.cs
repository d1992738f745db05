using System;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Writing;

/// <summary>
/// Writes a value as a YAML node, choosing the reader's inverse for the declared type's
/// <see cref="ShapeKind"/>. Objects and unions are written by their runtime type. Scalar nodes come out with
/// their final style (see <see cref="ScalarStyleRule"/>), so the node tree is what the renderer prints.
/// </summary>
internal static class NodeWriter
{
    public static YamlNode Write(object? value, Type declaredType, YamlPath path)
    {
        if (value is null)
        {
            return YamlNodes.Null();
        }

        var shape = TypeShapes.Get(declaredType);
        switch (shape.Kind)
        {
            case ShapeKind.Nullable:
                return Write(value, shape.ElementType!, path);
            case ShapeKind.Sequence:
                return CollectionWriter.WriteSequence(value, shape, path);
            case ShapeKind.Map:
                return CollectionWriter.WriteMap(value, shape, path);
            case ShapeKind.Object:
            case ShapeKind.Anonymous:
                // A derived runtime type writes its own members.
                return ObjectWriter.Write(value, value.GetType() == declaredType ? shape : TypeShapes.Get(value.GetType()), path);
            case ShapeKind.Union:
                return WriteUnion(value, shape, path);
            case ShapeKind.WrappedVariant:
                return Write(shape.ValueProperty!.GetValue(value), shape.ElementType!, path);
            case ShapeKind.Dynamic:
                return DynamicWriter.Write(value, path);
            case ShapeKind.FreeForm:
                return YamlNodes.DeepClone(((FreeForm)value).Node);
            case ShapeKind.YamlNode:
                return YamlNodes.DeepClone((YamlNode)value);
            default:
                return ScalarWriter.Write(value, shape);
        }
    }

    private static YamlNode WriteUnion(object value, TypeShape union, YamlPath path)
    {
        var runtimeType = value.GetType();
        foreach (var variant in union.VariantTypes)
        {
            if (variant.IsAssignableFrom(runtimeType))
            {
                return Write(value, variant, path);
            }
        }

        throw new InvalidOperationException(
            $"{(path.ToString() is { Length: > 0 } where ? where : "(root)")}: {runtimeType.Name} is not a variant of {union.DisplayName}.");
    }
}
