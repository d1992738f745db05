using OpenCode.Manifests.Conventions;

namespace OpenCode.Manifests;

/// <summary>
/// Where a workspace keeps its work tree and OpenCode's home: the cluster's VolSync template (a claim named after the
/// workspace, backed up on <see cref="OpenCodeWorkspace.BackupSchedule"/>), or a plain PersistentVolumeClaim
/// <c>&lt;workspace&gt;-data</c> written to the workspace's folder (<c>app/pvc.yaml</c>), not backed up by the package.
/// The size is <see cref="OpenCodeWorkspace.Capacity"/> either way.
/// </summary>
public sealed record WorkspaceStorage
{
    private WorkspaceStorage(bool? volSync, string? storageClass, string accessMode)
    {
        VolSync = volSync;
        StorageClass = storageClass;
        AccessMode = accessMode;
    }

    /// <summary>The VolSync template when the conventions name one, else a plain claim in the cluster's storage class.</summary>
    public static WorkspaceStorage ClusterDefault { get; } = new(null, null, "ReadWriteOnce");

    /// <summary>The cluster's VolSync template (the conventions must name one; OCM2025 otherwise).</summary>
    public static WorkspaceStorage VolSyncTemplate { get; } = new(true, null, "ReadWriteOnce");

    /// <summary>True: the VolSync template; false: a plain claim; null: the template when the cluster has one.</summary>
    public bool? VolSync { get; }

    /// <summary>The plain claim's storage class; null for the conventions' <c>StorageClass</c>.</summary>
    public string? StorageClass { get; }

    /// <summary>The plain claim's access mode (one pod at a time writes the work tree: <c>ReadWriteOnce</c>).</summary>
    public string AccessMode { get; }

    /// <summary>A plain PersistentVolumeClaim, even on a cluster with a VolSync template.</summary>
    /// <param name="storageClass">Its storage class; null for the conventions' <c>StorageClass</c>.</param>
    /// <param name="accessMode">Its access mode.</param>
    public static WorkspaceStorage Claim(string? storageClass = null, string accessMode = "ReadWriteOnce") => new(false, storageClass, accessMode);

    /// <summary>Whether the workspace's volume comes from the cluster's VolSync template.</summary>
    public bool UsesVolSync(ClusterConventions conventions) => VolSync ?? conventions.VolSync is not null;
}
