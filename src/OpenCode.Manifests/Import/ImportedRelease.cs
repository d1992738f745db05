namespace OpenCode.Manifests.Import;

/// <summary>The C# written for one HelmRelease.</summary>
/// <param name="Document">The HelmRelease it came from.</param>
/// <param name="ClassName">The generated static class (it has <c>Builder()</c>, <c>Values()</c> and the metadata constants).</param>
/// <param name="FullTypeName">Namespace-qualified class name.</param>
/// <param name="FileName">The file name the source is written to (<c>ClassName.cs</c>).</param>
/// <param name="Source">The C# source (LF line endings).</param>
/// <param name="ChartMajor">The app-template major the values were read for: 4 (builder code) or 5 (typed 5.x values; the builder emits 4.x only).</param>
public sealed record ImportedRelease(ReleaseDocument Document, string ClassName, string FullTypeName, string FileName, string Source, int ChartMajor);
