using OpenCode.Manifests.Generators.ValuesSchema;

namespace OpenCode.Manifests.Generators.Registry;

/// <summary>The generator's last step as plain data: the source to add (null for none) and what to report.</summary>
/// <param name="Text">The registry (and entry point) source, or null when the project needs neither.</param>
/// <param name="Diagnostics">What the source output reports.</param>
internal sealed record GeneratedRegistry(string? Text, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The hint name of the one file the generator adds.</summary>
    public const string HintName = "OpenCode.Manifests.AppRegistry.g.cs";
}
