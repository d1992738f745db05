using System;
using System.Collections;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Writing;

/// <summary>
/// Writes a value whose declared type says nothing (<see cref="object"/>): by its runtime type when that is a
/// known shape, else as a non-generic dictionary or list.
/// </summary>
internal static class DynamicWriter
{
    public static YamlNode Write(object value, YamlPath path)
    {
        var runtimeType = value.GetType();
        if (TypeShapes.Get(runtimeType).Kind != ShapeKind.Dynamic)
        {
            return NodeWriter.Write(value, runtimeType, path);
        }

        switch (value)
        {
            case IDictionary dictionary:
                var mapping = new YamlMappingNode();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    mapping.Add(YamlNodes.Key(key), NodeWriter.Write(entry.Value, typeof(object), path.Key(key)));
                }

                return mapping;
            case IEnumerable items:
                var sequence = new YamlSequenceNode();
                var index = 0;
                foreach (var item in items)
                {
                    sequence.Add(NodeWriter.Write(item, typeof(object), path.Index(index++)));
                }

                return sequence;
            default:
                throw new InvalidOperationException($"{path}: cannot write a {runtimeType.Name} as YAML.");
        }
    }
}
