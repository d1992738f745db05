using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The Kubernetes Pod Security Standards "restricted" profile, checked on app-template values as the chart renders
/// them into pods (a test oracle written apart from the library's rule): for every controller, the pod's security
/// context (the controller's <c>pod</c>, else <c>defaultPodOptions</c>) and each container's and init container's;
/// and the volume types of <c>persistence</c>. Returns one line per violation.
/// </summary>
public static class RestrictedPodSecurity
{
    // Restricted admits only these volume sources; app-template persistence types map onto them.
    private static readonly HashSet<string> AllowedPersistenceTypes = new() { "persistentVolumeClaim", "emptyDir", "configMap", "secret" };
    private static readonly HashSet<string> AllowedVolumeSpecSources = new() { "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret" };

    public static IReadOnlyList<string> Violations(JsonNode values)
    {
        var found = new List<string>();
        foreach (var (controllerId, controller) in values["controllers"]?.AsObject() ?? new JsonObject())
        {
            var pod = controller!["pod"]?["securityContext"] ?? values["defaultPodOptions"]?["securityContext"];
            if (controller["pod"]?["hostNetwork"]?.GetValue<bool>() == true || controller["pod"]?["hostPID"]?.GetValue<bool>() == true || controller["pod"]?["hostIPC"]?.GetValue<bool>() == true)
            {
                found.Add($"{controllerId}: shares a host namespace");
            }

            foreach (var list in new[] { "initContainers", "containers" })
            {
                foreach (var (containerId, container) in controller[list]?.AsObject() ?? new JsonObject())
                {
                    found.AddRange(ContainerViolations(container!["securityContext"], pod).Select(v => $"{controllerId}/{containerId}: {v}"));
                }
            }
        }

        foreach (var (volumeId, volume) in values["persistence"]?.AsObject() ?? new JsonObject())
        {
            var type = volume!["type"]?.GetValue<string>() ?? (volume["existingClaim"] is not null ? "persistentVolumeClaim" : "persistentVolumeClaim");
            if (type == "custom")
            {
                var sources = volume["volumeSpec"]!.AsObject().Select(p => p.Key).Where(k => k != "name").ToList();
                found.AddRange(sources.Where(s => !AllowedVolumeSpecSources.Contains(s)).Select(s => $"volume {volumeId}: {s} volumes are not admitted"));
            }
            else if (!AllowedPersistenceTypes.Contains(type))
            {
                found.Add($"volume {volumeId}: {type} volumes are not admitted");
            }
        }

        return found;
    }

    private static IEnumerable<string> ContainerViolations(JsonNode? container, JsonNode? pod)
    {
        if (container?["privileged"]?.GetValue<bool>() == true)
        {
            yield return "privileged";
        }

        if (container?["allowPrivilegeEscalation"]?.GetValue<bool>() != false)
        {
            yield return "allowPrivilegeEscalation is not false";
        }

        var runAsNonRoot = container?["runAsNonRoot"] ?? pod?["runAsNonRoot"];
        if (runAsNonRoot?.GetValue<bool>() != true)
        {
            yield return "runAsNonRoot is not true";
        }

        var runAsUser = container?["runAsUser"] ?? pod?["runAsUser"];
        if (runAsUser is not null && runAsUser.GetValue<long>() == 0)
        {
            yield return "runs as uid 0";
        }

        var seccomp = (container?["seccompProfile"] ?? pod?["seccompProfile"])?["type"]?.GetValue<string>();
        if (seccomp is not ("RuntimeDefault" or "Localhost"))
        {
            yield return $"seccompProfile is {seccomp ?? "unset"}, not RuntimeDefault or Localhost";
        }

        if (pod?["seccompProfile"]?["type"]?.GetValue<string>() == "Unconfined")
        {
            yield return "the pod's seccompProfile is Unconfined";
        }

        var capabilities = container?["capabilities"];
        if (capabilities?["drop"]?.AsArray().Any(c => c!.GetValue<string>() == "ALL") != true)
        {
            yield return "capabilities do not drop ALL";
        }

        foreach (var added in capabilities?["add"]?.AsArray() ?? new JsonArray())
        {
            if (added!.GetValue<string>() != "NET_BIND_SERVICE")
            {
                yield return $"adds capability {added}";
            }
        }
    }
}
