using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>
/// Reads a mapping into a record: keys by <see cref="YamlKeyAttribute"/> (or <c>[JsonPropertyName]</c>),
/// required keys enforced, unknown keys rejected unless the type has <see cref="YamlExtensionDataAttribute"/>
/// extension data, a discriminator key checked against its constant.
/// </summary>
internal static class ObjectReader
{
    public static object Read(YamlNode node, TypeShape shape, YamlPath path)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
        }

        var instance = shape.Create!();
        var seen = new HashSet<string>();
        Dictionary<string, FreeForm>? extensionData = null;
        var discriminator = shape.Discriminator;
        var entries = MergeKeys.Entries(mapping);
        foreach (var entry in entries)
        {
            var key = KeyReader.Read(entry.Key, path);
            if (discriminator is not null && key == discriminator.Key)
            {
                CheckDiscriminator(entry.Value, discriminator, shape, path.Key(key));
                if (!discriminator.Optional)
                {
                    continue; // not a property: the variant's type says it
                }
            }

            if (shape.MembersByKey.TryGetValue(key, out var member))
            {
                if (IsPlaceholderForNumber(entry.Value, member.Shape))
                {
                    // A numeric field of a type we do not own cannot hold ${VAR}: keep it beside the object.
                    FieldPlaceholderMemory.Remember(instance, key, ((YamlScalarNode)entry.Value).Value!);
                    member.Set(instance, System.Convert.ChangeType(0, NumericType(member.Shape), System.Globalization.CultureInfo.InvariantCulture));
                    seen.Add(key);
                    continue;
                }

                member.Set(instance, NodeReader.Read(entry.Value, member.Shape, path.Key(key)));
                seen.Add(key);
            }
            else if (shape.ExtensionData is not null)
            {
                extensionData ??= new Dictionary<string, FreeForm>();
                extensionData[key] = FreeForm.Wrap(entry.Value);
            }
            else
            {
                throw ReadErrors.At(entry.Key, path.Key(key), $"unknown key '{key}' for {shape.DisplayName}; known keys: {KnownKeys(shape)}");
            }
        }

        if (discriminator is { Optional: false } && !entries.Any(entry => KeyReader.Read(entry.Key, path) == discriminator.Key))
        {
            throw ReadErrors.At(node, path, $"missing key '{discriminator.Key}: {discriminator.Value}' for {shape.DisplayName}");
        }

        foreach (var required in shape.Members.Where(member => member.Required && !seen.Contains(member.Key)))
        {
            throw ReadErrors.At(node, path, $"missing required key '{required.Key}' for {shape.DisplayName}");
        }

        if (extensionData is not null)
        {
            shape.ExtensionData!.SetValue(instance, extensionData);
        }

        return instance;
    }

    /// <summary>The keys a mapping for this shape may hold (the discriminator included).</summary>
    public static IEnumerable<string> KeysOf(TypeShape shape) =>
        shape.Discriminator is { Optional: false } discriminator
            ? new[] { discriminator.Key }.Concat(shape.MembersByKey.Keys)
            : shape.MembersByKey.Keys;

    private static string KnownKeys(TypeShape shape) => string.Join(", ", KeysOf(shape).Distinct());

    private static void CheckDiscriminator(YamlNode value, YamlDiscriminatorAttribute discriminator, TypeShape shape, YamlPath path)
    {
        if (value is not YamlScalarNode scalar || scalar.Value != discriminator.Value)
        {
            throw ReadErrors.At(value, path, $"'{discriminator.Key}' must be '{discriminator.Value}' for {shape.DisplayName}");
        }
    }

    private static bool IsPlaceholderForNumber(YamlNode node, TypeShape shape) =>
        node is YamlScalarNode { Value: { } text }
        && FluxPlaceholder.IsPlaceholder(text)
        && (shape.Kind == ShapeKind.Integral || (shape.Kind == ShapeKind.Nullable && shape.Element.Kind == ShapeKind.Integral));

    private static System.Type NumericType(TypeShape shape) =>
        shape.Kind == ShapeKind.Nullable ? shape.ElementType! : shape.Type;
}
