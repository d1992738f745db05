using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// The reading half of the generated serializers: node-kind checks, collections, strings and the errors they
/// throw (always with the key path and the line and column). Generated code calls these; other code reads models
/// through <see cref="ValuesYaml"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class YamlRead
{
    /// <summary>Reads a node into any model type (generated records and unions, runtime value types).</summary>
    public static T Model<T>(YamlNode node, YamlPath path)
        where T : IYamlModel<T> => T.ReadYaml(node, path);

    /// <summary>True when the node is an explicit YAML null.</summary>
    public static bool IsNull(YamlNode node) => YamlScalars.IsNull(node);

    /// <summary>The node as a mapping.</summary>
    public static YamlMappingNode Mapping(YamlNode node, YamlPath path, string typeName) =>
        node as YamlMappingNode ?? throw Expected(node, path, $"a mapping ({typeName})");

    /// <summary>A mapping's entries with merge keys (<c>&lt;&lt;: *defaults</c>) expanded and keys as text.</summary>
    public static IEnumerable<YamlEntry> Entries(YamlMappingNode mapping, YamlPath path)
    {
        foreach (var entry in MergeKeys.Entries(mapping))
        {
            yield return new YamlEntry(KeyText(entry.Key, path), entry.Key, entry.Value);
        }
    }

    /// <summary>A scalar's text as a string (any scalar: a plain <c>1.2</c> reads as "1.2").</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    public static string String(YamlNode node, YamlPath path) =>
        node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : throw Expected(node, path, "a string");

    /// <summary>A sequence read item by item.</summary>
    public static List<T> List<T>(YamlNode node, YamlPath path, Func<YamlNode, YamlPath, T> item)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Expected(node, path, "a sequence");
        }

        var list = new List<T>(sequence.Children.Count);
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            list.Add(item(sequence.Children[index], path.Index(index)));
        }

        return list;
    }

    /// <summary>A mapping read as a dictionary with string keys, in document order.</summary>
    public static Dictionary<string, T> Map<T>(YamlNode node, YamlPath path, Func<YamlNode, YamlPath, T> value)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Expected(node, path, "a mapping");
        }

        var dictionary = new Dictionary<string, T>();
        foreach (var entry in MergeKeys.Entries(mapping))
        {
            var key = KeyText(entry.Key, path);
            dictionary[key] = value(entry.Value, path.Key(key));
        }

        return dictionary;
    }

    /// <summary>An enum member by its YAML spelling.</summary>
    public static TEnum Enum<TEnum>(YamlNode node, YamlPath path, string enumName, IReadOnlyDictionary<string, TEnum> members)
        where TEnum : struct, Enum
    {
        var text = node is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : throw Expected(node, path, "one of " + string.Join(", ", members.Keys.Select(value => $"'{value}'")));
        return members.TryGetValue(text, out var member)
            ? member
            : throw At(node, path, $"'{text}' is not a valid {enumName}; allowed values: {string.Join(", ", members.Keys)}");
    }

    /// <summary>Checks a constant-valued key (an object's fixed <c>apiVersion</c>, a union variant's discriminator).</summary>
    public static void Constant(YamlNode node, YamlPath path, string key, string value, string typeName)
    {
        if (node is not YamlScalarNode scalar || scalar.Value != value)
        {
            throw At(node, path, $"'{key}' must be '{value}' for {typeName}");
        }
    }

    /// <summary>The error for a key a closed object does not have.</summary>
    public static ValuesYamlException UnknownKey(YamlEntry entry, YamlPath path, string typeName, IEnumerable<string> knownKeys) =>
        At(entry.KeyNode, path.Key(entry.Key), $"unknown key '{entry.Key}' for {typeName}; known keys: {string.Join(", ", knownKeys)}");

    /// <summary>The error for a required key that is absent.</summary>
    public static ValuesYamlException MissingKey(YamlNode mapping, YamlPath path, string key, string typeName) =>
        At(mapping, path, $"missing required key '{key}' for {typeName}");

    /// <summary>The error for a variant's discriminator that is absent.</summary>
    public static ValuesYamlException MissingDiscriminator(YamlNode mapping, YamlPath path, string key, string value, string typeName) =>
        At(mapping, path, $"missing key '{key}: {value}' for {typeName}");

    /// <summary>"expected …, found …" at the node.</summary>
    public static ValuesYamlException Expected(YamlNode node, YamlPath path, string expected) =>
        At(node, path, $"expected {expected}, found {Describe(node)}");

    /// <summary>An error at the node's position.</summary>
    public static ValuesYamlException At(YamlNode node, YamlPath path, string problem) =>
        new(problem, path.ToString(), node.Start.Line, node.Start.Column);

    /// <summary>A short description of a node for error messages (what a YAML 1.1 reader makes of a scalar).</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a sequence",
        YamlScalarNode scalar => YamlScalars.Resolve(scalar) switch
        {
            YamlScalarType.Null => "null",
            YamlScalarType.Boolean => $"the boolean {scalar.Value}",
            YamlScalarType.Integer => $"the integer {scalar.Value}",
            YamlScalarType.Float => $"the number {scalar.Value}",
            _ => $"the string \"{scalar.Value}\"",
        },
        _ => node.NodeType.ToString(),
    };

    private static string KeyText(YamlNode key, YamlPath path) =>
        key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : throw At(key, path, "mapping keys must be scalars");
}
