namespace OpenCode.Manifests.Diffing;

/// <summary>
/// One changed value of an object: its path (for a HelmRelease relative to <c>spec.values</c>, as the chart sees it)
/// and its value before and after as YAML text (null where the path does not exist).
/// </summary>
/// <param name="Path">Dotted path; a key with a dot or other special characters is written <c>["a.b"]</c>, an item <c>[0]</c>.</param>
/// <param name="Before">The value in the base tree, or null.</param>
/// <param name="After">The value in the new tree, or null.</param>
public sealed record ValueChange(string Path, string? Before, string? After);
