using System.IO;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// A stand-in for a cluster's VolSync template (the PVC and ReplicationSource each app with a backed-up volume
/// includes). The library emits only the reference to it; <c>kubectl kustomize</c> needs it at the path the
/// conventions name, read from the Flux source root.
/// </summary>
public static class VolSyncTemplateFixture
{
    /// <summary>The fixture, read in place from this project's source folder.</summary>
    public static string Folder => RepositoryPaths.File("tests/OpenCode.Manifests.TestSupport/Fixtures/templates/volsync");

    /// <summary>Copies the fixture to <paramref name="templatePath"/> (slash-separated) under <paramref name="sourceRoot"/>.</summary>
    public static void CopyInto(string sourceRoot, string templatePath) =>
        DirectoryCopy.Copy(Folder, Path.Combine(sourceRoot, templatePath.Replace('/', Path.DirectorySeparatorChar)));
}
