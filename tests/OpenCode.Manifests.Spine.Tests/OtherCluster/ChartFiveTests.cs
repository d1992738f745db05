using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate.V5;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.TestSupport;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// Issue #12 items 2 and 4: the chart version in the conventions (or on the app) picks the values model; a workspace
/// on app-template 5.1.0 emits 5.x values that the upstream common 5.1.0 schema (draft 2020-12) accepts, equal to the
/// 4.x values but for <c>automountServiceAccountToken: false</c>; each 5.x key the builder sets or the workload reads
/// has a hand-written case.
/// </summary>
public sealed class ChartFiveTests
{
    private static readonly ChartSource Chart5 = new("oci://ghcr.io/bjw-s-labs/helm/app-template", "5.1.0");

    private static ClusterConventions Conventions4 => OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp);

    private static ClusterConventions Conventions5 => Conventions4 with { AppTemplateChart = Chart5 };

    [Fact]
    public void The_conventions_chart_version_moves_a_workspace_to_5x_and_its_values_pass_the_upstream_5_1_0_schema()
    {
        var emission = OtherClusterEmission.Run(Conventions5, new LabWorkspace());
        var oci = OtherClusterEmission.Objects(emission, "opencode-lab/app/ocirepository.yaml")[0];
        Assert.Equal("5.1.0", oci["spec"]!["ref"]!["tag"]!.GetValue<string>());
        Assert.IsType<AppTemplateValues>(Assert.Single(emission.Apps).Release!.Values);

        var values = Values(emission);
        var errors = UpstreamSchemas.AppTemplate5.ValidateValues(values);
        Assert.True(errors.Count == 0, "app-template 5.1.0 rejects the values:\n" + string.Join("\n", errors));
        Assert.False(values["controllers"]!["opencode-lab"]!["pod"]!["automountServiceAccountToken"]!.GetValue<bool>());
    }

    [Fact]
    public void Negative_control_the_5_1_0_schema_refuses_a_wrong_value_and_a_4x_only_shape()
    {
        var values = Values(OtherClusterEmission.Run(Conventions5, new LabWorkspace()));
        var wrongType = values.DeepClone();
        wrongType["controllers"]!["opencode-lab"]!["pod"]!["automountServiceAccountToken"] = "no";
        Assert.NotEmpty(UpstreamSchemas.AppTemplate5.ValidateValues(wrongType));

        // 4.x wrote a raw resource's object at the item's top level; 5.x wants it under manifest:.
        var rawAs4 = values.DeepClone();
        rawAs4["rawResources"] = JsonNode.Parse("""{"extra":{"apiVersion":"v1","kind":"ConfigMap","spec":{"data":{"a":"b"}}}}""");
        Assert.NotEmpty(UpstreamSchemas.AppTemplate5.ValidateValues(rawAs4));
        Assert.Empty(UpstreamSchemas.AppTemplate4.ValidateValues(rawAs4.AsObject().Where(p => p.Key == "rawResources").Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value!.DeepClone(); return o; })));
    }

    [Fact]
    public void The_5x_values_are_the_4x_values_plus_a_token_mount_turned_off()
    {
        var values4 = Values(OtherClusterEmission.Run(Conventions4, new LabWorkspace()));
        var values5 = Values(OtherClusterEmission.Run(Conventions5, new LabWorkspace()));
        Assert.Null(values4["controllers"]!["opencode-lab"]!["pod"]!["automountServiceAccountToken"]);

        var pod5 = values5["controllers"]!["opencode-lab"]!["pod"]!.AsObject();
        Assert.True(pod5.Remove("automountServiceAccountToken"));
        Assert.Equal(values4.ToJsonString(), values5.ToJsonString());
    }

    [Fact]
    public void An_app_chart_overrides_the_conventions_major_in_both_directions()
    {
        var on4 = OtherClusterEmission.Run(Conventions5, new LabWorkspace() { Chart = Conventions4.AppTemplateChart });
        Assert.IsType<AppTemplate.AppTemplateValues>(Assert.Single(on4.Apps).Release!.Values);
        Assert.Empty(UpstreamSchemas.AppTemplate4.ValidateValues(Values(on4)));

        var on5 = OtherClusterEmission.Run(Conventions4, new LabWorkspace() { Chart = Chart5 });
        Assert.IsType<AppTemplateValues>(Assert.Single(on5.Apps).Release!.Values);
        Assert.Equal("5.1.0", OtherClusterEmission.Objects(on5, "ocirepository.yaml")[0]["spec"]!["ref"]!["tag"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("5.1.0", 5)]
    [InlineData("v5.0.1", 5)]
    [InlineData("4.4.0", 4)]
    [InlineData("12", 12)]
    [InlineData("latest", null)]
    [InlineData("${CHART_VERSION}", null)]
    public void The_major_is_read_from_the_pinned_tag(string tag, int? major) =>
        Assert.Equal(major, new ChartSource("oci://x/app-template", tag).MajorVersion);

    [Fact]
    public void The_5x_workload_mounts_no_token_unless_the_values_say_so_where_4x_mounts_it_by_default()
    {
        Assert.Equal(new WorkloadTokenMount(false, null), TokenOf(new AppTemplateValues { Controllers = OneController(null) }));
        Assert.Equal(new WorkloadTokenMount(true, null), AppTemplateWorkload.From(new AppTemplate.AppTemplateValues
        {
            Controllers = new() { ["main"] = new AppTemplate.Controller { Containers = new() { ["app"] = new AppTemplate.Container() } } },
        }).Controllers[0].ServiceAccountToken);

        // Default pod options, overridden by the controller's own.
        var byDefault = TokenOf(new AppTemplateValues { DefaultPodOptions = new PodOptions { AutomountServiceAccountToken = true }, Controllers = OneController(null) });
        Assert.Equal(new WorkloadTokenMount(true, ValuePath.Of("defaultPodOptions", "automountServiceAccountToken")), byDefault);
        var byPod = TokenOf(new AppTemplateValues { DefaultPodOptions = new PodOptions { AutomountServiceAccountToken = true }, Controllers = OneController(false) });
        Assert.Equal(new WorkloadTokenMount(false, ValuePath.Of("controllers", "main", "pod", "automountServiceAccountToken")), byPod);
        var placeholder = TokenOf(new AppTemplateValues { Controllers = OneController(Flag.FromPlaceholder("${MOUNT_TOKEN}")) });
        Assert.True(placeholder.Mounted);
    }

    [Fact]
    public void An_ephemeral_volume_5x_adds_is_a_volume_of_its_own_kind_mounted_like_the_others()
    {
        var values = new AppTemplateValues
        {
            Controllers = OneController(null),
            Persistence = new()
            {
                ["scratch"] = new PersistenceItem.Ephemeral { Size = "1Gi", AccessMode = "ReadWriteOnce" },
                ["cache"] = new PersistenceItem.Ephemeral
                {
                    Size = "1Gi",
                    AdvancedMounts = new() { ["main"] = new() { ["app"] = new() { new MountPoint { Path = "/cache" } } } },
                },
            },
        };
        var workload = AppTemplateV5Workload.From(values);
        Assert.All(workload.Volumes, v => Assert.Equal(WorkloadVolumeKind.Ephemeral, v.Kind));
        var mounts = workload.Containers.Single().Mounts.Select(m => (m.VolumeId, m.MountPath)).OrderBy(m => m.VolumeId).ToList();
        Assert.Equal(new[] { ("cache", "/cache"), ("scratch", "/scratch") }, mounts);
        Assert.Empty(UpstreamSchemas.AppTemplate5.ValidateValues(Json(values)));
    }

    [Fact]
    public void Keys_5x_adds_or_changes_set_through_CustomizeV5_are_emitted_as_5_1_0_wants_them()
    {
        var emission = OtherClusterEmission.Run(Conventions5, new KeysWorkspace());
        var values = Values(emission);
        var errors = UpstreamSchemas.AppTemplate5.ValidateValues(values);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        Assert.False(values["global"]!["createDefaultServiceAccount"]!.GetValue<bool>());
        Assert.False(values["serviceAccount"]!["agent"]!["automountServiceAccountToken"]!.GetValue<bool>());
        Assert.Equal("agent", values["controllers"]!["opencode-lab"]!["serviceAccount"]!["identifier"]!.GetValue<string>());
        Assert.Equal("ConfigMap", values["rawResources"]!["notes"]!["manifest"]!["kind"]!.GetValue<string>());
        Assert.Equal("app.kubernetes.io/name", values["serviceMonitor"]!["app"]!["jobLabel"]!.GetValue<string>());
        Assert.Equal("ephemeral", values["persistence"]!["scratch"]!["type"]!.GetValue<string>());
        Assert.Equal("opencode-lab", values["networkpolicies"]!["app"]!["controller"]!.GetValue<string>());
        Assert.Null(values["networkpolicies"]!["app"]!["podSelector"]);

        // The rules judged the final 5.x values: the ephemeral volume reached the server, and its line is the escape hatch's.
        var app = Assert.Single(emission.Apps);
        var scratch = app.Release!.Workload.Volumes.Single(v => v.Id == "scratch");
        Assert.Equal(WorkloadVolumeKind.Ephemeral, scratch.Kind);
        Assert.Contains(app.Release.Workload.Containers, c => c.Id == "app" && c.Mounts.Any(m => m.VolumeId == "scratch" && m.MountPath == "/scratch"));
        var at = app.LocateValue(ValuePath.Of("persistence", "scratch"));
        Assert.EndsWith("ChartFiveTests.cs", at.FilePath, StringComparison.Ordinal);
        Assert.Contains("//@scratch-volume", System.IO.File.ReadAllLines(at.FilePath)[at.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_control_both_controller_and_podSelector_on_a_network_policy_is_refused_by_5_1_0()
    {
        var values = Values(OtherClusterEmission.Run(Conventions5, new KeysWorkspace()));
        values["networkpolicies"]!["app"]!["podSelector"] = JsonNode.Parse("""{"matchLabels":{"app":"x"}}""");
        Assert.NotEmpty(UpstreamSchemas.AppTemplate5.ValidateValues(values));
    }

    [Fact]
    public void A_5x_builder_builds_5x_values_and_refuses_to_build_4x_ones()
    {
        var builder = new AppTemplateBuilder("notes", AppTemplateMajor.V5);
        builder.Controller("main").Container("app", new AppTemplate.ContainerImage { Repository = "ghcr.io/example/notes", Tag = "1.0.0" });
        var values = builder.BuildV5();
        Assert.Equal("ghcr.io/example/notes", values.Controllers!["main"].Containers!["app"].Image!.Repository);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => new AppTemplateBuilder("notes").BuildV5());
        Assert.Empty(UpstreamSchemas.AppTemplate5.ValidateValues(Json(values)));
    }

    public static TheoryData<AppTemplate.ControllerType> ControllerTypes => new(Enum.GetValues<AppTemplate.ControllerType>());

    [Theory]
    [MemberData(nameof(ControllerTypes))]
    public void Every_controller_type_and_the_shared_shapes_render_the_same_on_both_majors(AppTemplate.ControllerType type)
    {
        var builders = new[] { new AppTemplateBuilder("notes"), new AppTemplateBuilder("notes", AppTemplateMajor.V5) };
        foreach (var builder in builders)
        {
            var main = builder.Controller("main", type);
            main.Pod = new AppTemplate.PodOptions { HostUsers = false, SecurityContext = new Kubernetes.V1PodSecurityContext { RunAsUser = 1000 } };
            var app = main.Container("app", new AppTemplate.ContainerImage { Repository = "ghcr.io/example/notes", Tag = "1.0.0", Digest = "sha256:" + new string('a', 64) });
            app.Probes = new AppTemplate.ContainerProbes { Liveness = new AppTemplate.ContainerProbe { Enabled = true, Port = 8080 } };
            app.SetEnv("LOG_LEVEL", "debug");
            builder.EmptyDir("tmp", "1Gi").MountInto(app, "/tmp");
            builder.Route("app", builder.Service("app", main, "http", 8080), new GatewayReference("internal", "network", "https"), new[] { "notes.example.test" });
        }

        Assert.Equal(Rendering.YamlRenderer.Render(builders[0].Build()), Rendering.YamlRenderer.Render(builders[1].BuildV5()));
    }

    private static Dictionary<string, Controller> OneController(Flag? automount) => new()
    {
        ["main"] = new Controller
        {
            Pod = automount is null ? null : new PodOptions { AutomountServiceAccountToken = automount },
            Containers = new() { ["app"] = new Container { Image = new ContainerImage { Repository = "ghcr.io/example/app", Tag = "1.0.0" } } },
        },
    };

    private static WorkloadTokenMount TokenOf(AppTemplateValues values) => AppTemplateV5Workload.From(values).Controllers.Single().ServiceAccountToken;

    private static JsonNode Json(IYamlWritable values) =>
        YamlToJson.Convert(YamlToJson.DocumentsOfText(Rendering.YamlRenderer.Render(values)).Single())!;

    private static JsonNode Values(Emission emission) =>
        OtherClusterEmission.Objects(emission, "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!;

    /// <summary>The workspace with every 5.x key the issue names set through the 5.x escape hatches.</summary>
    private sealed record KeysWorkspace() : OpenCodeWorkspace("opencode-lab", GitHub.Repository("ORG", "lab"), "lab.opencode")
    {
        protected override void Customize(OpenCodeApp app)
        {
            app.Controller.CustomizeV5(c => c with { ServiceAccount = new ControllerServiceAccountRef { Identifier = "agent" } });
            app.Builder.CustomizeV5(v => v with //@scratch-volume
            {
                Global = new GlobalOptions { CreateDefaultServiceAccount = false },
                ServiceAccount = new() { ["agent"] = new ServiceAccountSpec { AutomountServiceAccountToken = false } },
                RawResources = new() { ["notes"] = new RawResource { Manifest = new RawResourceManifest { ApiVersion = "v1", Kind = "ConfigMap" } } },
                Persistence = new Dictionary<string, PersistenceItem>(v.Persistence!) { ["scratch"] = new PersistenceItem.Ephemeral { Size = "1Gi", AccessMode = "ReadWriteOnce" } },
            });
            app.Builder.CustomizeV5(v => v with
            {
                ServiceMonitor = new() { ["app"] = new ServiceMonitor { JobLabel = "app.kubernetes.io/name", Service = new ServiceMonitorServiceRef.ServiceMonitorServiceByIdentifier { Identifier = "app" }, Endpoints = new() } },
                Networkpolicies = new() { ["app"] = new NetworkPolicy { Controller = "opencode-lab", PolicyTypes = new() { NetworkPolicyType.Ingress }, Rules = new NetworkPolicyRules { Ingress = new() { new Kubernetes.V1NetworkPolicyIngressRule() } } } },
            });
        }
    }
}
