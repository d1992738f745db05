using System;
using System.Collections;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Shapes;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>Reads sequences into lists/arrays and mappings into string-keyed dictionaries (insertion order kept).</summary>
internal static class CollectionReader
{
    public static object ReadSequence(YamlNode node, TypeShape shape, YamlPath path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
        }

        var list = (IList)Activator.CreateInstance(shape.ConcreteType!)!;
        var itemShape = shape.Element;
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            list.Add(NodeReader.Read(sequence.Children[index], itemShape, path.Index(index)));
        }

        if (!shape.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(shape.ElementType!, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    public static object ReadMap(YamlNode node, TypeShape shape, YamlPath path)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw ReadErrors.Expected(node, path, ExpectedText.For(shape));
        }

        var dictionary = (IDictionary)Activator.CreateInstance(shape.ConcreteType!)!;
        var valueShape = shape.Element;
        foreach (var entry in MergeKeys.Entries(mapping))
        {
            var key = KeyReader.Read(entry.Key, path);
            dictionary.Add(key, NodeReader.Read(entry.Value, valueShape, path.Key(key)));
        }

        return dictionary;
    }
}
