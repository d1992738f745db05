using System;
using System.Collections;
using OpenCode.Manifests.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Node trees of the values the importer compares: model values through their serializers, and the lists and
/// dictionaries of them that properties hold. Enums are compared by name (the trees are never written out).
/// </summary>
internal static class ValueNodes
{
    public static YamlNode Of(object value) => value switch
    {
        IYamlWritable model => ValuesYaml.ToNode(model),
        string text => new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted },
        Enum member => new YamlScalarNode(member.ToString()) { Style = ScalarStyle.DoubleQuoted },
        IDictionary dictionary => Mapping(dictionary),
        IEnumerable items => Sequence(items),
        _ => FreeForm.From(value).ToNode(),
    };

    private static YamlMappingNode Mapping(IDictionary dictionary)
    {
        var mapping = new YamlMappingNode();
        foreach (DictionaryEntry entry in dictionary)
        {
            mapping.Add(new YamlScalarNode((string)entry.Key) { Style = ScalarStyle.DoubleQuoted }, entry.Value is null ? Null() : Of(entry.Value));
        }

        return mapping;
    }

    private static YamlSequenceNode Sequence(IEnumerable items)
    {
        var sequence = new YamlSequenceNode();
        foreach (var item in items)
        {
            sequence.Add(item is null ? Null() : Of(item));
        }

        return sequence;
    }

    private static YamlScalarNode Null() => new("null") { Style = ScalarStyle.Plain };
}
