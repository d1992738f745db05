using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Rendering;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>
/// Reads a node into plain .NET data for <see cref="object"/>-typed properties (some Kubernetes models have
/// them): <c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>, string, long, double, bool or null.
/// </summary>
internal static class DynamicReader
{
    public static object? Read(YamlNode node) => node switch
    {
        YamlMappingNode mapping => MergeKeys.Entries(mapping).ToDictionary(
            entry => entry.Key is YamlScalarNode key ? key.Value ?? string.Empty : YamlNodes.Describe(entry.Key),
            entry => Read(entry.Value)),
        YamlSequenceNode sequence => sequence.Children.Select(Read).ToList(),
        YamlScalarNode scalar => ReadScalar(scalar),
        _ => null,
    };

    private static object? ReadScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        switch (YamlCoreSchema.Resolve(scalar))
        {
            case YamlScalarType.Null:
                return null;
            case YamlScalarType.Boolean:
                return YamlCoreSchema.ParseBoolean(text);
            case YamlScalarType.Integer when YamlCoreSchema.TryParseInteger(text, out var integer) && integer >= long.MinValue && integer <= long.MaxValue:
                return (long)integer;
            case YamlScalarType.Integer:
            case YamlScalarType.Float:
                YamlCoreSchema.TryParseNumber(text, out var number);
                return number;
            default:
                return text;
        }
    }
}
