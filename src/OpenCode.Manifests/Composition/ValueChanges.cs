using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// The paths at which an escape hatch changed values: keys it added or whose value it changed (descending into
/// mappings; a changed scalar or sequence counts as a whole). Keys it removed carry no line, since nothing remains.
/// </summary>
internal static class ValueChanges
{
    public static IEnumerable<ValuePath> Between(YamlNode before, YamlNode after, ValuePath at)
    {
        if (before is YamlMappingNode beforeMapping && after is YamlMappingNode afterMapping)
        {
            var old = MergeKeys.Entries(beforeMapping)
                .Where(entry => entry.Key is YamlScalarNode)
                .GroupBy(entry => ((YamlScalarNode)entry.Key).Value ?? string.Empty)
                .ToDictionary(group => group.Key, group => group.Last().Value);
            foreach (var entry in MergeKeys.Entries(afterMapping))
            {
                var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                if (!old.TryGetValue(key, out var previous))
                {
                    yield return at.Key(key);
                    continue;
                }

                foreach (var path in Between(previous, entry.Value, at.Key(key)))
                {
                    yield return path;
                }
            }

            yield break;
        }

        if (!YamlEquality.AreEqual(before, after))
        {
            yield return at;
        }
    }
}
