using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Something declared in an <see cref="AppTemplateBuilder"/>: it knows the builder it belongs to and the C# line
/// that declared it. Handles replace the string keys the chart uses, so a reference cannot name something that
/// does not exist.
/// </summary>
public abstract class Handle
{
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

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Replace("Handle", "")} '{Id}'";
}
