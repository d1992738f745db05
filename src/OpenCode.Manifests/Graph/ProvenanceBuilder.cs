using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// Collects <see cref="Provenance"/> while an app is composed; <see cref="Build"/> freezes it. Objects are keys by
/// reference, so the graph must hold the very objects that were recorded.
/// </summary>
public sealed class ProvenanceBuilder
{
    private readonly Dictionary<(object Owner, ValuePath Path), SourceLocation> locations = new(new OwnerAndPathComparer());

    /// <summary>Records that the value at <paramref name="path"/> of <paramref name="owner"/> was set at <paramref name="location"/>
    /// (a later record of the same path wins: the last writer set the value).</summary>
    public void Record(object owner, ValuePath path, SourceLocation location)
    {
        if (location.IsKnown)
        {
            locations[(owner, path)] = location;
        }
    }

    /// <summary>Re-keys every record of <paramref name="from"/> to <paramref name="to"/> (an object replaced by an
    /// edited copy keeps the lines of the values it kept).</summary>
    public void Move(object from, object to)
    {
        if (ReferenceEquals(from, to))
        {
            return;
        }

        var moved = new List<KeyValuePair<(object Owner, ValuePath Path), SourceLocation>>();
        foreach (var entry in locations)
        {
            if (ReferenceEquals(entry.Key.Owner, from))
            {
                moved.Add(entry);
            }
        }

        foreach (var entry in moved)
        {
            locations.Remove(entry.Key);
            locations[(to, entry.Key.Path)] = entry.Value;
        }
    }

    /// <summary>The frozen provenance.</summary>
    public Provenance Build(SourceLocation fallback) => new(new Dictionary<(object, ValuePath), SourceLocation>(locations, new OwnerAndPathComparer()), fallback);

    private sealed class OwnerAndPathComparer : IEqualityComparer<(object Owner, ValuePath Path)>
    {
        public bool Equals((object Owner, ValuePath Path) x, (object Owner, ValuePath Path) y) =>
            ReferenceEquals(x.Owner, y.Owner) && x.Path.Equals(y.Path);

        public int GetHashCode((object Owner, ValuePath Path) obj) =>
            System.HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Owner), obj.Path);
    }
}
