using System;
using System.Linq;
using OpenCode.Manifests.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Rendering;

/// <summary>Small helpers over YamlDotNet's representation model shared by reading, writing and rendering.</summary>
internal static class YamlNodes
{
    /// <summary>A plain <c>null</c> scalar.</summary>
    public static YamlScalarNode Null() => new("null") { Style = ScalarStyle.Plain };

    /// <summary>A plain scalar whose text carries its type (a number, a boolean, a placeholder).</summary>
    public static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    /// <summary>A string scalar styled by <see cref="ScalarStyleRule.ForString"/>.</summary>
    public static YamlScalarNode String(string text) => new(text) { Style = ScalarStyleRule.ForString(text) };

    /// <summary>A mapping key styled by <see cref="ScalarStyleRule.ForKey"/>.</summary>
    public static YamlScalarNode Key(string text) => new(text) { Style = ScalarStyleRule.ForKey(text) };

    /// <summary>
    /// A deep copy with no anchors: aliases that the loader resolved into shared nodes become separate copies,
    /// so later edits of one place never show up in another.
    /// </summary>
    public static YamlNode DeepClone(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style, Tag = scalar.Tag },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(DeepClone)) { Style = sequence.Style, Tag = sequence.Tag },
        YamlMappingNode mapping => CloneMapping(mapping),
        _ => throw new ArgumentException($"Unsupported YAML node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>A short description of a node's kind for error messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a sequence",
        YamlScalarNode scalar => YamlCoreSchema.Resolve(scalar) switch
        {
            YamlScalarType.Null => "null",
            YamlScalarType.Boolean => $"the boolean {scalar.Value}",
            YamlScalarType.Integer => $"the integer {scalar.Value}",
            YamlScalarType.Float => $"the number {scalar.Value}",
            _ => $"the string \"{scalar.Value}\"",
        },
        _ => node.NodeType.ToString(),
    };

    private static YamlMappingNode CloneMapping(YamlMappingNode mapping)
    {
        var copy = new YamlMappingNode { Style = mapping.Style, Tag = mapping.Tag };
        foreach (var entry in mapping.Children)
        {
            copy.Add(DeepClone(entry.Key), DeepClone(entry.Value));
        }

        return copy;
    }
}
