using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Tests.Values.Models;

// Hand-written stand-ins for generated app-template records, annotated exactly as the values-schema
// generator emits them (see docs/design/values-model.md).

/// <summary>The root of the sample model.</summary>
public sealed partial record SampleValues
{
    [YamlKey("global")]
    public GlobalOptions? Global { get; init; }

    [YamlKey("controllers")]
    public Dictionary<string, Controller>? Controllers { get; init; }

    [YamlKey("service")]
    public Dictionary<string, ServiceSpec>? Service { get; init; }

    [YamlKey("persistence")]
    public Dictionary<string, PersistenceItem>? Persistence { get; init; }

    [YamlKey("defaultPodOptions")]
    public FreeForm? DefaultPodOptions { get; init; }
}

public sealed partial record GlobalOptions
{
    [YamlKey("nameOverride")]
    public string? NameOverride { get; init; }

    [YamlKey("prefix")]
    public Scalar? Prefix { get; init; }

    [YamlKey("ratio")]
    public Number? Ratio { get; init; }

    [YamlKey("labels")]
    public Dictionary<string, string>? Labels { get; init; }
}

public sealed partial record Controller
{
    [YamlKey("enabled")]
    public bool? Enabled { get; init; }

    [YamlKey("type")]
    public ControllerType? Type { get; init; }

    [YamlKey("replicas")]
    public Integer? Replicas { get; init; }

    [YamlKey("containers")]
    public Dictionary<string, Container>? Containers { get; init; }

    [YamlExtensionData]
    public Dictionary<string, FreeForm>? AdditionalValues { get; init; }
}

public enum ControllerType
{
    [YamlValue("deployment")]
    Deployment,

    [YamlValue("statefulset")]
    Statefulset,

    [YamlValue("cronjob")]
    Cronjob,
}

public sealed partial record Container
{
    [YamlKey("image", Required = true)]
    public required ContainerImage Image { get; init; }

    [YamlKey("command")]
    public StringOrList? Command { get; init; }

    [YamlKey("args")]
    public StringOrList? Args { get; init; }

    [YamlKey("env")]
    public Dictionary<string, EnvValue>? Env { get; init; }

    [YamlKey("probes")]
    public Dictionary<string, ProbeSpec>? Probes { get; init; }

    [YamlKey("resources")]
    public global::k8s.Models.V1ResourceRequirements? Resources { get; init; }

    [YamlKey("securityContext")]
    public global::k8s.Models.V1SecurityContext? SecurityContext { get; init; }
}

public sealed partial record ContainerImage
{
    [YamlKey("repository", Required = true)]
    public required string Repository { get; init; }

    [YamlKey("tag", Required = true)]
    public required string Tag { get; init; }

    [YamlKey("pullPolicy")]
    public PullPolicy? PullPolicy { get; init; }
}

public enum PullPolicy
{
    [YamlValue("Always")]
    Always,

    [YamlValue("IfNotPresent")]
    IfNotPresent,

    [YamlValue("Never")]
    Never,
}

public sealed partial record ProbeSpec
{
    [YamlKey("enabled")]
    public bool? Enabled { get; init; }

    [YamlKey("custom")]
    public bool? Custom { get; init; }

    [YamlKey("spec")]
    public global::k8s.Models.V1Probe? Spec { get; init; }
}

public sealed partial record ServiceSpec
{
    [YamlKey("controller")]
    public string? Controller { get; init; }

    [YamlKey("ports")]
    public Dictionary<string, ServicePort>? Ports { get; init; }
}

public sealed partial record ServicePort
{
    [YamlKey("port", Required = true)]
    public required Integer Port { get; init; }

    [YamlKey("targetPort")]
    public IntegerOrString? TargetPort { get; init; }

    [YamlKey("primary")]
    public bool? Primary { get; init; }
}
