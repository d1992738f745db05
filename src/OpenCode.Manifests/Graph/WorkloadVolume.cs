using System.Collections.Generic;

namespace OpenCode.Manifests.Graph;

/// <summary>What backs a persistence item.</summary>
public enum WorkloadVolumeKind
{
    /// <summary>A claim the chart creates.</summary>
    PersistentVolumeClaim,

    /// <summary>A claim that exists already.</summary>
    ExistingClaim,

    /// <summary>A ConfigMap's keys as files.</summary>
    ConfigMap,

    /// <summary>A Secret's keys as files.</summary>
    Secret,

    /// <summary>An NFS export.</summary>
    Nfs,

    /// <summary>Scratch space for the pod's lifetime.</summary>
    EmptyDir,

    /// <summary>A folder of the node.</summary>
    HostPath,

    /// <summary>An OCI image as a volume.</summary>
    Image,

    /// <summary>Any other volume source.</summary>
    Custom,

    /// <summary>A claim per pod, created and deleted with it (app-template 5.x <c>ephemeral</c>).</summary>
    Ephemeral,
}

/// <summary>A persistence item of the release.</summary>
/// <param name="Id">Its key.</param>
/// <param name="Path">Its path in the values.</param>
/// <param name="Kind">What backs it.</param>
/// <param name="ClaimName">The existing claim's name.</param>
/// <param name="SourceName">The Secret's or ConfigMap's name.</param>
/// <param name="Items">The keys projected as files (secret and config map volumes).</param>
/// <param name="SizeLimit">An emptyDir's size limit.</param>
/// <param name="DanglingMounts">Advanced mounts that name a controller or container that does not exist.</param>
public sealed record WorkloadVolume(
    string Id,
    ValuePath Path,
    WorkloadVolumeKind Kind,
    string? ClaimName,
    string? SourceName,
    IReadOnlyList<WorkloadVolumeItem> Items,
    string? SizeLimit,
    IReadOnlyList<WorkloadDanglingMount> DanglingMounts)
{
    /// <summary>
    /// Neither <c>globalMounts</c> nor <c>advancedMounts</c> is set: the chart mounts the volume into every container
    /// of every controller, at <c>/&lt;key&gt;</c> (a hostPath at its host path).
    /// </summary>
    public bool MountedByDefault { get; init; }
}

/// <summary>A key of a Secret or ConfigMap projected as a file.</summary>
/// <param name="Key">The key.</param>
/// <param name="FilePath">The file's path inside the volume.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadVolumeItem(string Key, string FilePath, ValuePath Path);

/// <summary>An <c>advancedMounts</c> entry for a controller or container that does not exist: the chart mounts nothing.</summary>
/// <param name="ControllerId">The controller key written.</param>
/// <param name="ContainerId">The container key written, or null when the controller is the one missing.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadDanglingMount(string ControllerId, string? ContainerId, ValuePath Path);
