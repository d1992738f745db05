using System.Linq;
using OpenCode.Manifests.Values.Shapes;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>Describes what a shape expects, for "expected …, found …" messages.</summary>
internal static class ExpectedText
{
    public static string For(TypeShape shape) => shape.Kind switch
    {
        ShapeKind.String => "a string",
        ShapeKind.Boolean => "a boolean (true or false)",
        ShapeKind.Integral => "an integer",
        ShapeKind.Floating => "a number",
        ShapeKind.DateTime => "a timestamp",
        ShapeKind.Integer => "an integer or a Flux placeholder",
        ShapeKind.Number => "a number or a Flux placeholder",
        ShapeKind.Scalar => "a string, number or boolean",
        ShapeKind.IntegerOrString => "an integer or a string",
        ShapeKind.StringOrList => "a string or a list of strings",
        ShapeKind.KubernetesIntOrString => "an integer or a string",
        ShapeKind.ResourceQuantity => "a resource quantity",
        ShapeKind.Enum => "one of " + string.Join(", ", shape.EnumValuesByYaml.Keys.Select(value => $"'{value}'")),
        ShapeKind.Nullable => For(shape.Element),
        ShapeKind.Sequence => "a sequence",
        ShapeKind.Map or ShapeKind.Object => $"a mapping ({shape.DisplayName})",
        ShapeKind.Union => $"{NodeKindsOf.Describe(shape.Accepts)} ({shape.DisplayName})",
        ShapeKind.WrappedVariant => For(shape.Element),
        _ => "a value",
    };
}
