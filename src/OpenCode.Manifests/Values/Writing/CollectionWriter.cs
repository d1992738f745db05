using System.Collections;
using OpenCode.Manifests.Values.Shapes;
using OpenCode.Manifests.Rendering;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Writing;

/// <summary>
/// Writes lists as sequences and string-keyed dictionaries as mappings in enumeration (insertion) order.
/// Null items and null map values are written as <c>null</c>: in a collection the entry itself is data.
/// </summary>
internal static class CollectionWriter
{
    public static YamlSequenceNode WriteSequence(object value, TypeShape shape, YamlPath path)
    {
        var sequence = new YamlSequenceNode();
        var index = 0;
        foreach (var item in (IEnumerable)value)
        {
            sequence.Add(NodeWriter.Write(item, shape.ElementType!, path.Index(index++)));
        }

        return sequence;
    }

    public static YamlMappingNode WriteMap(object value, TypeShape shape, YamlPath path)
    {
        var mapping = new YamlMappingNode();
        foreach (var entry in (IEnumerable)value)
        {
            var key = (string)shape.EntryKey!.GetValue(entry)!;
            mapping.Add(YamlNodes.Key(key), NodeWriter.Write(shape.EntryValue!.GetValue(entry), shape.ElementType!, path.Key(key)));
        }

        return mapping;
    }
}
