using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Composition;

/// <summary>What a volume is backed by.</summary>
public enum VolumeSource
{
    /// <summary>A PersistentVolumeClaim created elsewhere (e.g. by the VolSync template).</summary>
    ExistingClaim,

    /// <summary>A scratch directory that lives as long as the pod.</summary>
    EmptyDir,

    /// <summary>Files from a Secret.</summary>
    Secret,

    /// <summary>An NFS export.</summary>
    Nfs,

    /// <summary>A directory of the node.</summary>
    HostPath,

    /// <summary>Files from a ConfigMap, named directly.</summary>
    ConfigMap,

    /// <summary>Files from a Secret named directly (one not declared with a <see cref="SecretHandle"/>).</summary>
    NamedSecret,

    /// <summary>A PersistentVolumeClaim the chart creates for the release.</summary>
    PersistentVolumeClaim,
}

/// <summary>
/// A volume of the release (an app-template persistence item). Mounting takes container handles, so the chart's
/// <c>advancedMounts</c> keys always name a controller and container that exist.
/// </summary>
public sealed class VolumeHandle : Handle
{
    private readonly List<Mount> mounts = new();
    private readonly List<GlobalMount> globalMounts = new();

    internal VolumeHandle(AppTemplateBuilder owner, string id, VolumeSource source, SourceLocation declaredAt)
        : base(owner, id, declaredAt)
    {
        Source = source;
    }

    /// <summary>What backs the volume.</summary>
    public VolumeSource Source { get; }

    /// <summary>For <see cref="VolumeSource.ExistingClaim"/>: the claim's name.</summary>
    public string? ClaimName { get; init; }

    /// <summary>For <see cref="VolumeSource.EmptyDir"/>: the size limit, e.g. <c>1Gi</c>.</summary>
    public string? SizeLimit { get; init; }

    /// <summary>For <see cref="VolumeSource.Nfs"/>: the NFS server.</summary>
    public string? NfsServer { get; init; }

    /// <summary>For <see cref="VolumeSource.Nfs"/>: the exported path on the server.</summary>
    public string? NfsPath { get; init; }

    /// <summary>For <see cref="VolumeSource.HostPath"/>: the node's directory.</summary>
    public string? HostPath { get; init; }

    /// <summary>For <see cref="VolumeSource.HostPath"/>: the host path type (<c>Directory</c>, <c>DirectoryOrCreate</c>, …).</summary>
    public string? HostPathType { get; init; }

    /// <summary>For <see cref="VolumeSource.ConfigMap"/> and <see cref="VolumeSource.NamedSecret"/>: the object's name.</summary>
    public string? SourceName { get; init; }

    /// <summary>For <see cref="VolumeSource.PersistentVolumeClaim"/>: the requested size, e.g. <c>10Gi</c>.</summary>
    public string? Size { get; init; }

    /// <summary>For <see cref="VolumeSource.PersistentVolumeClaim"/>: the access mode, e.g. <c>ReadWriteOnce</c>.</summary>
    public string? AccessMode { get; init; }

    /// <summary>For <see cref="VolumeSource.PersistentVolumeClaim"/>: the storage class.</summary>
    public string? StorageClass { get; init; }

    /// <summary>For <see cref="VolumeSource.Secret"/>: the secret and which keys become which files.</summary>
    public SecretHandle? Secret { get; init; }

    /// <summary>For <see cref="VolumeSource.Secret"/>: the files, one per key.</summary>
    public IReadOnlyList<SecretFile> Files { get; init; } = new List<SecretFile>();

    /// <summary>For <see cref="VolumeSource.Secret"/>: the default file mode.</summary>
    public FileMode? DefaultMode { get; init; }

    /// <summary>Where the volume is mounted, in declaration order.</summary>
    public IReadOnlyList<Mount> Mounts => mounts;

    /// <summary>Where the volume is mounted in every container of every controller (the chart's <c>globalMounts</c>).</summary>
    public IReadOnlyList<GlobalMount> GlobalMounts => globalMounts;

    /// <summary>
    /// Mounts the volume (or one folder of it, <paramref name="subPath"/>) at <paramref name="path"/> in every
    /// container of every controller of the release: the chart's <c>globalMounts</c>, at a path of your choosing
    /// (<see cref="MountInEveryContainer"/> leaves both the containers and the path to the chart's default).
    /// </summary>
    public VolumeHandle MountGlobally([AbsolutePath] string path, [RelativePath] string? subPath = null, bool readOnly = false,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        globalMounts.Add(new GlobalMount(path, subPath, readOnly, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>True when the volume is left to the chart's default mounts (<see cref="MountInEveryContainer"/>).</summary>
    public bool InEveryContainer { get; private set; }

    /// <summary>
    /// Leaves the mounts to the chart: a volume without <c>globalMounts</c> or <c>advancedMounts</c> is mounted into
    /// every container of every controller at <c>/&lt;id&gt;</c> (a hostPath at its host path). Saying so is what keeps
    /// a forgotten <see cref="MountInto"/> an error (OCM2014) and this choice visible.
    /// </summary>
    public VolumeHandle MountInEveryContainer()
    {
        InEveryContainer = true;
        return this;
    }

    /// <summary>
    /// Mounts the volume (or one folder of it, <paramref name="subPath"/>) into a container at
    /// <paramref name="path"/>.
    /// </summary>
    public VolumeHandle MountInto(ContainerHandle container, [AbsolutePath] string path, [RelativePath] string? subPath = null, bool readOnly = false,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        Owner.CheckSameRelease(container, at);
        mounts.Add(new Mount(this, container, path, subPath, readOnly, at));
        return this;
    }
}

/// <summary>One mount of a volume into a container.</summary>
/// <param name="Volume">The volume.</param>
/// <param name="Container">The container (which knows its controller).</param>
/// <param name="Path">The absolute path in the container.</param>
/// <param name="SubPath">The folder of the volume mounted there; null mounts the volume root.</param>
/// <param name="ReadOnly">Mounted read-only.</param>
/// <param name="DeclaredAt">Where the mount was declared.</param>
public sealed record Mount(VolumeHandle Volume, ContainerHandle Container, string Path, string? SubPath, bool ReadOnly, SourceLocation DeclaredAt);

/// <summary>A mount of a volume into every container of the release.</summary>
/// <param name="Path">The absolute path in each container.</param>
/// <param name="SubPath">The folder of the volume mounted there; null mounts the volume root.</param>
/// <param name="ReadOnly">Mounted read-only.</param>
/// <param name="DeclaredAt">Where the mount was declared.</param>
public sealed record GlobalMount(string Path, string? SubPath, bool ReadOnly, SourceLocation DeclaredAt);

/// <summary>A key of a secret projected as a file of a secret volume.</summary>
/// <param name="Key">The secret key.</param>
/// <param name="Path">The file name inside the volume.</param>
/// <param name="Mode">The file's mode; null keeps the volume's default.</param>
public sealed record SecretFile(SecretKey Key, [RelativePath][property: RelativePath] string Path, FileMode? Mode = null);
