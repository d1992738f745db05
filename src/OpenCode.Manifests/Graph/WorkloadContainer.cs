using System.Collections.Generic;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>A container as the chart renders it.</summary>
/// <param name="Id">The container's key in its controller.</param>
/// <param name="ControllerId">The controller's key.</param>
/// <param name="Path">Its path in the values.</param>
/// <param name="IsInit">An init container.</param>
/// <param name="Image">The image.</param>
/// <param name="Env">The final environment (one entry per name).</param>
/// <param name="EnvFrom">Whole secrets and config maps injected as variables.</param>
/// <param name="Mounts">The mounts it gets.</param>
/// <param name="SecurityContext">Its security context.</param>
/// <param name="Resources">Its requests and limits.</param>
/// <param name="WorkingDir">Its working directory.</param>
/// <param name="Command">Its command.</param>
/// <param name="DependsOn">The containers of the same list it waits for.</param>
public sealed record WorkloadContainer(
    string Id,
    string ControllerId,
    ValuePath Path,
    bool IsInit,
    WorkloadImage Image,
    IReadOnlyList<WorkloadEnv> Env,
    IReadOnlyList<WorkloadEnvFrom> EnvFrom,
    IReadOnlyList<WorkloadMount> Mounts,
    V1SecurityContext? SecurityContext,
    V1ResourceRequirements? Resources,
    string? WorkingDir,
    StringOrList? Command,
    IReadOnlyList<string> DependsOn);

/// <summary>A container image: repository and tag (a tag may carry <c>@sha256:…</c>), digest.</summary>
/// <param name="Repository">The repository.</param>
/// <param name="Tag">The tag as written.</param>
/// <param name="Digest">The digest given separately.</param>
/// <param name="Path">The image's path in the values.</param>
public sealed record WorkloadImage(string? Repository, string? Tag, string? Digest, ValuePath Path);

/// <summary>One environment variable: a literal, a secret key, or another source.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Literal">Its literal value, or null.</param>
/// <param name="SecretKey">The secret key it reads, or null.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadEnv(string Name, string? Literal, WorkloadSecretKey? SecretKey, ValuePath Path);

/// <summary>A key of a Kubernetes Secret.</summary>
/// <param name="Secret">The Secret's name.</param>
/// <param name="Key">The key.</param>
public sealed record WorkloadSecretKey(string Secret, string Key);

/// <summary>A Secret or ConfigMap whose every key becomes a variable.</summary>
/// <param name="Secret">The Secret's name, or null.</param>
/// <param name="ConfigMap">The ConfigMap's name, or null.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadEnvFrom(string? Secret, string? ConfigMap, ValuePath Path);

/// <summary>A mount of a persistence item into a container.</summary>
/// <param name="VolumeId">The persistence item's key.</param>
/// <param name="MountPath">The path in the container.</param>
/// <param name="SubPath">The folder of the volume mounted there as written, or null for its root (the chart treats an empty one as the root too).</param>
/// <param name="ReadOnly">Mounted read-only.</param>
/// <param name="Path">The mount's path in the values (the persistence item for a default mount).</param>
public sealed record WorkloadMount(string VolumeId, string MountPath, string? SubPath, bool ReadOnly, ValuePath Path);
