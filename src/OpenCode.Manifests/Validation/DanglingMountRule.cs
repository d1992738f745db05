using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2014: an <c>advancedMounts</c> entry that names a controller or container that does not exist. The chart looks
/// the keys up and silently finds nothing, so the volume is not mounted there and what the author meant to keep on it
/// goes to the container's ephemeral layer. Handles cannot do this; the escape hatches can. An imported release keeps
/// such an entry knowingly with <c>app.AcceptIgnoredMount(volume, controller, container)</c>.
/// </summary>
public sealed class DanglingMountRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var workload = app.Release?.Workload;
            if (workload is null)
            {
                continue;
            }

            foreach (var volume in workload.Volumes)
            {
                foreach (var mount in volume.DanglingMounts.Where(m => !app.AcceptedIgnoredMounts.Contains((volume.Id, m.ControllerId, m.ContainerId))))
                {
                    var controllers = string.Join(", ", workload.Controllers.Select(c => c.Id));
                    var message = mount.ContainerId is null
                        ? $"Volume '{volume.Id}' has advancedMounts for controller '{mount.ControllerId}', which does not exist (controllers: {controllers}); the chart mounts nothing there. Mount it with MountInto(container, path), or keep it knowingly with app.AcceptIgnoredMount(\"{volume.Id}\", \"{mount.ControllerId}\")."
                        : $"Volume '{volume.Id}' has advancedMounts for container '{mount.ContainerId}' of controller '{mount.ControllerId}', which does not exist (containers: {string.Join(", ", workload.Controllers.Where(c => c.Id == mount.ControllerId).SelectMany(c => c.Containers).Select(c => c.Id))}); the chart mounts nothing there. Mount it with MountInto(container, path), or keep it knowingly with app.AcceptIgnoredMount(\"{volume.Id}\", \"{mount.ControllerId}\", \"{mount.ContainerId}\").";
                    yield return new ManifestDiagnostic(DiagnosticCatalog.VolumeMountedNowhere, message, app.LocateValue(mount.Path));
                }
            }
        }
    }
}
