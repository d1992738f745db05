using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Something declared in an <see cref="AppTemplateBuilder"/>: it knows the builder it belongs to and the C# line
/// that declared it. Handles replace the string keys the chart uses, so a reference cannot name something that
/// does not exist.
/// </summary>
public abstract class Handle
{
    private readonly Dictionary<string, SourceLocation> setAt = new(System.StringComparer.Ordinal);
    private readonly List<KeyValuePair<IReadOnlyList<string>, SourceLocation>> valuesSetAt = new();

    private protected Handle(AppTemplateBuilder owner, string id, SourceLocation declaredAt)
    {
        Owner = owner;
        Id = id;
        DeclaredAt = declaredAt;
    }

    /// <summary>The release this handle belongs to.</summary>
    public AppTemplateBuilder Owner { get; }

    /// <summary>The key under which the chart knows the object.</summary>
    public string Id { get; }

    /// <summary>The C# line that declared the object.</summary>
    public SourceLocation DeclaredAt { get; }

    /// <summary>
    /// The C# line of the last assignment of each settable property, by the chart key it fills. A property setter has
    /// no caller information, so the setter reads it from the call stack (<see cref="RecordAssignment"/>).
    /// </summary>
    internal IReadOnlyDictionary<string, SourceLocation> AssignedAt => setAt;

    /// <summary>
    /// Lines of values inside the handle's values that a workspace property set (the pod's <c>runAsUser</c> from
    /// <c>UserId</c>, the service port from <c>Port</c>), by their keys below the handle's path. An assignment of the
    /// enclosing property through the handle replaces them (<see cref="RecordAssignment"/>).
    /// </summary>
    internal IReadOnlyList<KeyValuePair<IReadOnlyList<string>, SourceLocation>> ValuesSetAt => valuesSetAt;

    /// <summary>
    /// Notes <paramref name="at"/>, the user's line that set the value below <paramref name="keys"/> (a workspace init
    /// property the library copied onto this handle). An unknown line notes nothing: the declaration stands.
    /// </summary>
    internal void RecordValueSetAt(SourceLocation at, params string[] keys)
    {
        if (at.IsKnown)
        {
            valuesSetAt.Add(new(keys, at));
        }
    }

    /// <summary>
    /// Notes the line of the user code that assigned the property mapped to <paramref name="key"/>: the frame above
    /// the setter, read with its file and line from the caller's portable PDB (which <c>dotnet build</c> writes by
    /// default). Assignments by this library (the OpenCode workspace filling its defaults) keep the handle's own line,
    /// which is the user's declaration; without symbols nothing is noted and the handle's line stands. Either way the
    /// lines noted for values inside the property are dropped: the whole value was replaced.
    /// </summary>
    /// <param name="key">The chart key the property fills (<c>resources</c>, <c>command</c>, …).</param>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    private protected void RecordAssignment(string key)
    {
        // Frame 1 above this method is the setter (never inlined, never tail-calling), 2 the code that assigned.
        var at = CallerSite.OutsideThisLibrary(framesAbove: 2);
        valuesSetAt.RemoveAll(entry => entry.Key.Count > 0 && entry.Key[0] == key);
        if (at.IsKnown)
        {
            setAt[key] = at;
        }
        else
        {
            setAt.Remove(key);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Replace("Handle", "")} '{Id}'";
}
