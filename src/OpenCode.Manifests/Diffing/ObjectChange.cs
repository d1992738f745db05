using System.Collections.Generic;

namespace OpenCode.Manifests.Diffing;

/// <summary>One Kubernetes object that was added, removed or changed, with the values that changed.</summary>
/// <param name="App">The app it belongs to (<c>namespace/app</c>), or the namespace for a namespace folder's files.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="Name">The object's name (<c>namespace/name</c> when it names its namespace).</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Values">For a changed object the values that differ, by path.</param>
public sealed record ObjectChange(string App, string Kind, string Name, ChangeKind Change, IReadOnlyList<ValueChange> Values);
