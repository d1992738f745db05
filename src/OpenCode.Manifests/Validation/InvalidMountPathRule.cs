using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2027: a mount path that is not absolute, a subPath or secret file path that is not relative (a leading '/',
/// '..', empty segments), or a working directory that is not absolute. The API server rejects such a pod; a '..'
/// subPath would also reach outside the folder meant for the container.
/// </summary>
public sealed class InvalidMountPathRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var volume in app.Builder.Volumes)
            {
                foreach (var mount in volume.Mounts)
                {
                    if (!ConstraintSyntax.IsAbsolutePath(mount.Path))
                    {
                        yield return Error($"Volume '{volume.Id}' is mounted into container '{mount.Container.Id}' at '{mount.Path}', which is not an absolute path without '.', '..' or empty segments.", mount.DeclaredAt);
                    }

                    if (mount.SubPath is not null && !ConstraintSyntax.IsRelativePath(mount.SubPath))
                    {
                        yield return Error($"Volume '{volume.Id}' is mounted into container '{mount.Container.Id}' with subPath '{mount.SubPath}', which is not a relative path inside the volume (no leading '/', no '.', '..' or empty segments); use null for the volume root.", mount.DeclaredAt);
                    }
                }

                foreach (var file in volume.Files.Where(f => !ConstraintSyntax.IsRelativePath(f.Path)))
                {
                    yield return Error($"Secret volume '{volume.Id}' writes key '{file.Key.Name}' to '{file.Path}', which is not a relative file path inside the volume.", volume.DeclaredAt);
                }
            }

            foreach (var container in app.Builder.Controllers.SelectMany(c => c.Containers))
            {
                if (container.WorkingDir is { } dir && !ConstraintSyntax.IsAbsolutePath(dir))
                {
                    yield return Error($"Container '{container.Id}' has working directory '{dir}', which is not an absolute path.", container.DeclaredAt);
                }
            }
        }
    }

    private static ManifestDiagnostic Error(string message, SourceLocation at) => new("OCM2027", DiagnosticSeverity.Error, message, at);
}
