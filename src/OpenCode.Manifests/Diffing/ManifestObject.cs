using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Diffing;

/// <summary>One object of a tree's YAML files, with the app its file belongs to.</summary>
/// <param name="App">The app (<c>namespace/app</c>) or the namespace its file belongs to.</param>
/// <param name="Kind">Its <c>kind</c>.</param>
/// <param name="Name">Its <c>metadata.name</c>, with the namespace when it names one.</param>
/// <param name="Node">The document.</param>
public sealed record ManifestObject(string App, string Kind, string Name, YamlNode Node);
