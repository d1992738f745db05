using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Apps;

/// <summary>What an app is composed for.</summary>
/// <param name="Conventions">The cluster it is deployed to.</param>
/// <param name="DeclaredAt">Where the app's record is declared: objects the library adds on its behalf report problems there.</param>
public sealed record CompositionContext(ClusterConventions Conventions, SourceLocation DeclaredAt);
