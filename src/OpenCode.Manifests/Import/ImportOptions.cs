namespace OpenCode.Manifests.Import;

/// <summary>How imported C# is laid out.</summary>
public sealed record ImportOptions
{
    /// <summary>The namespace of the generated classes.</summary>
    public string Namespace { get; init; } = "Imported";

    /// <summary>
    /// The app-template version to assume for releases whose chart version the importer cannot find (a chartRef to
    /// an OCIRepository outside the imported files); null to decide from the values' keys (OCM4009).
    /// </summary>
    public string? ChartVersion { get; init; }
}
