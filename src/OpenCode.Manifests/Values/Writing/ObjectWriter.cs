using System;
using System.Collections.Generic;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Writing;

/// <summary>
/// Writes a record as a mapping: a non-optional discriminator first, then non-null properties in declaration
/// order, then extension data in its own order. Null properties are omitted (anonymous objects excepted:
/// there a null is something the caller wrote on purpose).
/// </summary>
internal static class ObjectWriter
{
    public static YamlMappingNode Write(object instance, TypeShape shape, YamlPath path)
    {
        var mapping = new YamlMappingNode();
        if (shape.Discriminator is { Optional: false } discriminator)
        {
            mapping.Add(YamlNodes.Key(discriminator.Key), YamlNodes.String(discriminator.Value));
        }

        var writeNulls = shape.Kind == ShapeKind.Anonymous;
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null && !writeNulls)
            {
                continue;
            }

            if (FieldPlaceholderMemory.TryRecall(instance, member.Key, value, out var placeholder))
            {
                // Plain, so Flux's substitution yields a number again.
                mapping.Add(YamlNodes.Key(member.Key), YamlNodes.Plain(placeholder));
                continue;
            }

            mapping.Add(YamlNodes.Key(member.Key), NodeWriter.Write(value, member.Type, path.Key(member.Key)));
        }

        if (shape.ExtensionData?.GetValue(instance) is Dictionary<string, FreeForm> extensionData)
        {
            foreach (var entry in extensionData)
            {
                if (shape.MembersByKey.ContainsKey(entry.Key) || entry.Key == shape.Discriminator?.Key)
                {
                    throw new InvalidOperationException(
                        $"{path.Key(entry.Key)}: '{entry.Key}' is a declared key of {shape.DisplayName}; set the property instead of extension data.");
                }

                mapping.Add(YamlNodes.Key(entry.Key), entry.Value is null ? YamlNodes.Null() : YamlNodes.DeepClone(entry.Value.Node));
            }
        }

        return mapping;
    }
}
