using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Rendering;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// The semantic diff of two trees: objects (not lines) matched by app, kind and name, and for each changed object the
/// values that differ, compared as Flux reads YAML (YAML 1.1: <c>0775</c> equals <c>509</c>; key order and formatting
/// do not count). A HelmRelease's values are named as the chart sees them, relative to <c>spec.values</c>.
/// Only files that carry the generated-file marker are compared (hand-written manifests are the user's own).
/// </summary>
public static class TreeDiff
{
    private const string HelmReleaseValues = "spec.values";

    /// <summary>True for the files a semantic diff reads (YAML).</summary>
    public static bool IsManifest(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath.EndsWith(".yaml", StringComparison.Ordinal) || relativePath.EndsWith(".yml", StringComparison.Ordinal);
    }

    /// <summary>Compares the base tree with the new one (paths relative to the output root → text).</summary>
    /// <returns>The changes, ordered by app, kind and name.</returns>
    public static IReadOnlyList<ObjectChange> Compare(IReadOnlyDictionary<string, string> baseTree, IReadOnlyDictionary<string, string> newTree, string appsPath)
    {
        ArgumentNullException.ThrowIfNull(baseTree);
        ArgumentNullException.ThrowIfNull(newTree);
        var before = Objects(baseTree, appsPath);
        var after = Objects(newTree, appsPath);
        var changes = new List<ObjectChange>();
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k.App, StringComparer.Ordinal).ThenBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(key);
            var @new = after.GetValueOrDefault(key);
            if (old is null)
            {
                changes.Add(new ObjectChange(key.App, key.Kind, key.Name, ChangeKind.Added, Array.Empty<ValueChange>()));
            }
            else if (@new is null)
            {
                changes.Add(new ObjectChange(key.App, key.Kind, key.Name, ChangeKind.Removed, Array.Empty<ValueChange>()));
            }
            else if (!YamlSemantics.AreEqual(old, @new, lenientScalars: false, out _))
            {
                changes.Add(new ObjectChange(key.App, key.Kind, key.Name, ChangeKind.Changed, Values(key.Kind, old, @new)));
            }
        }

        return changes;
    }

    private static Dictionary<(string App, string Kind, string Name), YamlNode> Objects(IEnumerable<KeyValuePair<string, string>> files, string appsPath)
    {
        var objects = new Dictionary<(string, string, string), YamlNode>();
        foreach (var (path, text) in files.Where(f => IsManifest(f.Key) && GeneratedFileMarker.IsMarked(new StringReader(f.Value))).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var item in ManifestObjectReader.Read(path, text, appsPath))
            {
                objects[(item.App, item.Kind, item.Name)] = item.Node;
            }
        }

        return objects;
    }

    private static List<ValueChange> Values(string kind, YamlNode old, YamlNode @new)
    {
        var before = ValueLeaves.Of(old).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        var after = ValueLeaves.Of(@new);
        var changes = new List<ValueChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, value) in after)
        {
            seen.Add(path);
            if (!before.TryGetValue(path, out var was))
            {
                changes.Add(new ValueChange(Name(kind, path), null, ValueLeaves.Text(value)));
            }
            else if (!YamlSemantics.AreEqual(was, value, lenientScalars: false, out _))
            {
                changes.Add(new ValueChange(Name(kind, path), ValueLeaves.Text(was), ValueLeaves.Text(value)));
            }
        }

        // Removed values, in the base document's order, after the others.
        foreach (var (path, value) in ValueLeaves.Of(old).Where(l => !seen.Contains(l.Key)))
        {
            changes.Add(new ValueChange(Name(kind, path), ValueLeaves.Text(value), null));
        }

        return changes;
    }

    /// <summary>A HelmRelease's values are named as the chart sees them.</summary>
    private static string Name(string kind, string path) =>
        kind == "HelmRelease" && path.StartsWith(HelmReleaseValues + ".", StringComparison.Ordinal)
            ? path[(HelmReleaseValues.Length + 1)..]
            : path;
}
