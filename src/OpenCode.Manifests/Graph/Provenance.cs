using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// Which C# line set which value: for each object of an app (the chart values, an ExternalSecret, …) a map from
/// value paths to the line of the builder call, handle or escape hatch that produced the value. Rules report at
/// <see cref="Of"/>: the line recorded for the path itself or, failing that, for its nearest recorded parent, or the
/// app's declaration. Read-only once composed.
/// </summary>
public sealed class Provenance
{
    private readonly Dictionary<(object Owner, ValuePath Path), SourceLocation> locations;

    internal Provenance(Dictionary<(object Owner, ValuePath Path), SourceLocation> locations, SourceLocation fallback)
    {
        this.locations = locations;
        Fallback = fallback;
    }

    /// <summary>Where the app is declared: the answer when nothing closer is recorded.</summary>
    public SourceLocation Fallback { get; }

    /// <summary>How many values carry a recorded line.</summary>
    public int Count => locations.Count;

    /// <summary>The line that set the value at <paramref name="path"/> of <paramref name="owner"/>.</summary>
    public SourceLocation Of(object owner, ValuePath path)
    {
        for (ValuePath? current = path; current is not null; current = current.Parent)
        {
            if (locations.TryGetValue((owner, current), out var location))
            {
                return location;
            }
        }

        return Fallback;
    }

    /// <summary>True when a line is recorded for exactly this path.</summary>
    public bool IsRecorded(object owner, ValuePath path) => locations.ContainsKey((owner, path));
}
