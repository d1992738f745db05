namespace OpenCode.Manifests.Generators.Workspaces;

/// <summary>A <c>[Workspace]</c> or <c>[ClusterConventions]</c> type, as plain data (cacheable).</summary>
internal sealed record WorkspaceTypeSpec(string FullyQualifiedName, string DisplayName, string FilePath, int Line, int Column);
