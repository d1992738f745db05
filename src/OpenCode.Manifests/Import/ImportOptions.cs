namespace OpenCode.Manifests.Import;

/// <summary>How imported C# is laid out.</summary>
public sealed record ImportOptions
{
    /// <summary>The namespace of the generated classes.</summary>
    public string Namespace { get; init; } = "Imported";
}
