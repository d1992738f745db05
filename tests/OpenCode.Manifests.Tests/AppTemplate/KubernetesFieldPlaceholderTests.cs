using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// Flux <c>${VAR}</c> placeholders inside KubernetesClient-typed values (a probe's <c>periodSeconds</c>, a
/// security context's <c>runAsUser</c>, a resource quantity). Real files do this (the corpus's anubis component
/// sets <c>limits.memory: "${ANUBIS_MEM_LIMIT:=\"256Mi\"}"</c>); they must round-trip verbatim, not be
/// rejected or dropped.
/// </summary>
public sealed class KubernetesFieldPlaceholderTests
{
    [Theory]
    [InlineData("controllers:\n  main:\n    containers:\n      app:\n        probes:\n          liveness:\n            spec:\n              periodSeconds: ${PERIOD:=10}\n")]
    [InlineData("controllers:\n  main:\n    pod:\n      securityContext:\n        runAsUser: ${APP_UID:=1000}\n")]
    [InlineData("controllers:\n  main:\n    containers:\n      app:\n        resources:\n          limits:\n            memory: ${MEM:=1Gi}\n")]
    [InlineData("controllers:\n  main:\n    containers:\n      app:\n        resources:\n          limits:\n            memory: \"${MEM:=\\\"256Mi\\\"}\"\n")]
    public void Placeholder_in_a_kubernetes_field_round_trips(string yaml) =>
        AppTemplateRoundTrip.AssertRoundTrips(ValuesYaml.Load(yaml), "placeholder");
}
