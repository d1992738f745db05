using System.Collections.Generic;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// The manifests someone placed by hand in an app's folder (files without the generated-file marker). The layout lists
/// them in the app's generated <c>kustomization.yaml</c>, so Flux applies them with the app; the writer never touches
/// them. The pipeline asks; the writing layer looks on disk.
/// </summary>
public interface IHandWrittenManifests
{
    /// <summary>
    /// The file names (no folder) of the hand-written manifests directly in <paramref name="folder"/> (relative to the
    /// output root, with <c>/</c>), in ordinal order; empty when there are none or the folder does not exist.
    /// </summary>
    IReadOnlyList<string> FilesIn(string folder);
}
