using System.Collections.Generic;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// What a chart release will run, worked out from its final values the way the chart's templates do: each
/// controller's containers with their final environment, the mounts each container really gets (global, advanced and
/// default mounts resolved), the volumes, services and routes. The same view for every chart version, so the rules are
/// written once. Every element carries its path in the values, which the provenance maps to a C# line.
/// </summary>
/// <param name="Controllers">The enabled controllers.</param>
/// <param name="Volumes">The persistence items.</param>
/// <param name="Services">The services.</param>
/// <param name="Routes">The routes.</param>
public sealed record Workload(
    IReadOnlyList<WorkloadController> Controllers,
    IReadOnlyList<WorkloadVolume> Volumes,
    IReadOnlyList<WorkloadService> Services,
    IReadOnlyList<WorkloadRoute> Routes)
{
    /// <summary>Every container of every controller, init containers included.</summary>
    public IEnumerable<WorkloadContainer> Containers
    {
        get
        {
            foreach (var controller in Controllers)
            {
                foreach (var container in controller.Containers)
                {
                    yield return container;
                }
            }
        }
    }
}
