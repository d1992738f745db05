using System.Collections.Generic;
using System.Diagnostics;
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
    /// Notes the line of the user code that assigned the property mapped to <paramref name="key"/>: the frame above
    /// the setter, read with its file and line from the caller's portable PDB (which <c>dotnet build</c> writes by
    /// default). Assignments by this library (the OpenCode workspace filling its defaults) keep the handle's own line,
    /// which is the user's declaration; without symbols nothing is noted and the handle's line stands.
    /// </summary>
    /// <param name="key">The chart key the property fills (<c>resources</c>, <c>command</c>, …).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private protected void RecordAssignment(string key)
    {
        // Frame 0 is this method, 1 the setter (never inlined), 2 the code that assigned.
        var caller = new StackFrame(2, false).GetMethod();
        if (caller is null || caller.DeclaringType?.Assembly == typeof(Handle).Assembly)
        {
            setAt.Remove(key);
            return;
        }

        var frame = new StackFrame(2, true);
        var at = SourceLocation.FromCaller(frame.GetFileName() ?? string.Empty, frame.GetFileLineNumber());
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
