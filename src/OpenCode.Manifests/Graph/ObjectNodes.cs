using System.Collections.Concurrent;
using System.Collections.Generic;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// The YAML node tree of each composed object, made once per run: the rules that read values as YAML (e.g. the
/// <c>${VAR}</c> check) and the renderer share it instead of converting every object twice. The trees are read,
/// never changed. Safe to use from several threads: the pipeline makes the trees and renders the files on all cores.
/// </summary>
public sealed class ObjectNodes
{
    private readonly ConcurrentDictionary<IYamlWritable, YamlNode> nodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The node tree of <paramref name="value"/> (by reference: the same object gives the same tree).</summary>
    public YamlNode Of(IYamlWritable value) =>
        nodes.TryGetValue(value, out var node) ? node : nodes.GetOrAdd(value, static v => ValuesYaml.ToNode(v));
}
