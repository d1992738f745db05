namespace OpenCode.Manifests.Import;

/// <summary>The C# written for one HelmRelease.</summary>
/// <param name="Document">The HelmRelease it came from.</param>
/// <param name="ClassName">The generated <c>[App]</c> record.</param>
/// <param name="FullTypeName">Namespace-qualified class name.</param>
/// <param name="FileName">The file name the source is written to (<c>ClassName.cs</c>).</param>
/// <param name="Source">The C# source (LF line endings).</param>
/// <param name="ChartMajor">The app-template major the values were read for: 4 (builder code) or 5 (typed 5.x values).</param>
public sealed record ImportedRelease(ReleaseDocument Document, string ClassName, string FullTypeName, string FileName, string Source, int ChartMajor)
{
    /// <summary>The namespace the release runs in: its app's folder is <c>&lt;apps path&gt;/&lt;namespace&gt;/&lt;name&gt;</c>.</summary>
    public string AppNamespace { get; init; } = "default";
}
