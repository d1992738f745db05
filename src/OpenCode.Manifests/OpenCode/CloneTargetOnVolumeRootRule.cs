using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Validation;

namespace OpenCode.Manifests;

/// <summary>
/// OCM2019 (OpenCode workspaces): the git work tree (the <c>WORKTREE</c> the init container clones into, and the
/// server's working directory) is exactly a mount point. A volume root is never empty (<c>lost+found</c> on block
/// storage), so <c>git clone</c> refuses it, and whatever else lives on the volume would become part of the work
/// tree. The work tree must be a folder inside the mount (<see cref="WorkspaceLayout.WorkTree"/>).
/// </summary>
public sealed class CloneTargetOnVolumeRootRule : IValidationRule
{
    /// <summary>The init container's variable naming the clone target (see git-sync.sh).</summary>
    public const string WorkTreeVariable = "WORKTREE";

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<WorkloadContainer>())
            {
                var targets = container.Env.Where(e => e.Name == WorkTreeVariable && e.Literal is not null).Select(e => e.Literal!)
                    .Concat(container.WorkingDir is null || container.IsInit ? Enumerable.Empty<string>() : new[] { container.WorkingDir })
                    .Select(Normalize)
                    .Distinct();
                foreach (var target in targets)
                {
                    var root = container.Mounts.FirstOrDefault(m => Normalize(m.MountPath) == target);
                    if (root is not null)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.CloneTargetIsVolumeRoot,
                            $"The work tree '{target}' of container '{container.Id}' is the mount point of volume '{root.VolumeId}' ({(string.IsNullOrEmpty(root.SubPath) ? (root.SubPath is null ? "its root" : "its root: an empty subPath mounts the whole volume") : $"subPath '{root.SubPath}'")}); a volume root is never empty, so git cannot clone into it. Clone into a folder inside the mount, e.g. '{target}/<repository>'.",
                            app.LocateValue(root.Path));
                    }
                }
            }
        }
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
