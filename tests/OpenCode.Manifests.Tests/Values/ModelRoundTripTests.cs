using System.Collections.Generic;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Values.Models;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class ModelRoundTripTests
{
    private const string Document = """
        global:
          nameOverride: web
          ratio: 0.50
          labels:
            team: core
            "8080": port-label
        controllers:
          main:
            type: statefulset
            replicas: ${REPLICAS:=1}
            annotations:
              reloader.stakater.com/auto: "true"
            containers:
              app:
                image:
                  repository: ghcr.io/example/app
                  tag: 1.2.3@sha256:abc
                  pullPolicy: IfNotPresent
                command: sh
                args: [-c, "echo hi"]
                env:
                  TZ: Europe/Paris
                  WORKERS: 4
                  FLAGS: [a, b]
                  SECRET:
                    valueFrom:
                      secretKeyRef: {name: app, key: token}
                resources:
                  requests:
                    cpu: 0.5
                    memory: 512Mi
                  limits:
                    memory: "1Gi"
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities: {drop: [ALL]}
                probes:
                  liveness:
                    enabled: true
                    custom: true
                    spec:
                      tcpSocket:
                        port: 8080
                      periodSeconds: 10
        service:
          app:
            controller: main
            ports:
              http:
                port: 8080
                targetPort: http
                primary: true
        persistence:
          data:
            size: 10Gi
            globalMounts:
              - path: /data
          config:
            type: persistentVolumeClaim
            existingClaim: app-config
          tmp:
            type: emptyDir
            medium: Memory
          media:
            type: nfs
            server: nas.lan
            path: /volume1/media
        defaultPodOptions:
          hostUsers: false
          anything: [goes, {here: 1}]
        """;

    [Fact]
    public void A_full_document_round_trips_strictly() => YamlAssert.RoundTrips<SampleValues>(Document);

    [Fact]
    public void The_model_holds_typed_values()
    {
        var values = ValuesYaml.Deserialize<SampleValues>(Document);

        var controller = values.Controllers!["main"];
        Assert.Equal(ControllerType.Statefulset, controller.Type);
        Assert.Equal("${REPLICAS:=1}", controller.Replicas!.Value.Placeholder);
        Assert.Equal(FreeForm.Parse("reloader.stakater.com/auto: \"true\""), controller.AdditionalValues!["annotations"]);

        var app = controller.Containers!["app"];
        Assert.Equal("1.2.3@sha256:abc", app.Image.Tag);
        Assert.Equal(PullPolicy.IfNotPresent, app.Image.PullPolicy);
        Assert.False(app.Command!.IsList);
        Assert.Equal(new[] { "-c", "echo hi" }, app.Args!.Values);
        Assert.Equal(Scalar.FromString("Europe/Paris"), ((EnvValue.Text)app.Env!["TZ"]).Value);
        Assert.Equal(ScalarKind.Number, ((EnvValue.Text)app.Env["WORKERS"]).Value.Kind);
        Assert.Equal(new[] { "a", "b" }, ((EnvValue.Lines)app.Env["FLAGS"]).Value);
        Assert.IsType<EnvValue.Explicit>(app.Env["SECRET"]);
        Assert.Equal(8080, app.Probes!["liveness"].Spec!.TcpSocket!.Port.IntegerValue);

        Assert.Equal(0.5m, values.Global!.Ratio!.Value.ToDecimal());
        Assert.Equal("port-label", values.Global.Labels!["8080"]);
        Assert.Equal(8080, values.Service!["app"].Ports!["http"].Port.Value);
        Assert.Equal("http", values.Service["app"].Ports!["http"].TargetPort!.Value.StringValue);
    }

    [Fact]
    public void Keys_are_written_in_declaration_order_then_extension_data()
    {
        var controller = new Controller
        {
            AdditionalValues = new Dictionary<string, FreeForm> { ["strategy"] = FreeForm.From("Recreate") },
            Replicas = 2,
            Type = ControllerType.Deployment,
            Enabled = true,
        };

        Assert.Equal("---\nenabled: true\ntype: deployment\nreplicas: 2\nstrategy: Recreate\n", YamlRenderer.Render(controller));
    }

    [Fact]
    public void Placeholders_are_written_plain_so_Flux_substitutes_a_number()
    {
        var controller = new Controller { Replicas = Integer.FromPlaceholder("${REPLICAS:=1}") };

        Assert.Equal("---\nreplicas: ${REPLICAS:=1}\n", YamlRenderer.Render(controller));
    }

    [Fact]
    public void Placeholders_read_into_Integer_whether_plain_or_quoted()
    {
        Assert.Equal("${R}", ValuesYaml.Deserialize<Controller>("replicas: ${R}").Replicas!.Value.Placeholder);
        Assert.Equal("${R:=3}", ValuesYaml.Deserialize<Controller>("replicas: \"${R:=3}\"").Replicas!.Value.Placeholder);
        Assert.Equal(16, ValuesYaml.Deserialize<Controller>("replicas: 0x10").Replicas!.Value.Value);
    }

    [Theory]
    [InlineData("port: 8080", true, "---\nport: 8080\ntargetPort: 8080\n")]
    [InlineData("port: http", false, "---\nport: 8080\ntargetPort: http\n")]
    [InlineData("port: \"8080\"", false, "---\nport: 8080\ntargetPort: \"8080\"\n")]
    public void IntegerOrString_keeps_integer_and_string_apart(string targetPort, bool isInteger, string expected)
    {
        var yaml = "port: 8080\ntarget" + char.ToUpperInvariant(targetPort[0]) + targetPort.Substring(1);
        var port = ValuesYaml.Deserialize<ServicePort>(yaml);

        Assert.Equal(isInteger, port.TargetPort!.Value.IsInteger);
        Assert.Equal(expected, YamlRenderer.Render(port));
    }

    [Fact]
    public void Strings_read_any_scalar_text_and_are_quoted_when_needed()
    {
        var image = ValuesYaml.Deserialize<ContainerImage>("repository: app\ntag: 1.2");

        Assert.Equal("1.2", image.Tag);
        var written = YamlRenderer.Render(image);
        Assert.Equal("---\nrepository: app\ntag: \"1.2\"\n", written);
        YamlAssert.SemanticallyEqual("repository: app\ntag: 1.2", written, lenient: true);
    }

    [Fact]
    public void Lists_maps_and_nested_records_round_trip()
    {
        YamlAssert.RoundTrips<SampleValues>("persistence:\n  a:\n    size: 1Gi\n    globalMounts:\n      - path: /x\n        readOnly: true\n      - path: /y\n  b:\n    size: 2Gi\n    globalMounts: []\n");
        YamlAssert.RoundTrips<GlobalOptions>("labels: {z: one, a: two}\n");
        YamlAssert.RoundTrips<GlobalOptions>("labels: {}\n");
    }

    [Fact]
    public void Numbers_read_into_strings_come_back_quoted_and_compare_equal_only_leniently()
    {
        var written = YamlRenderer.Render(ValuesYaml.Deserialize<GlobalOptions>("labels:\n  z: 1\n  a: true\n"));

        Assert.Equal("---\nlabels:\n  z: \"1\"\n  a: \"true\"\n", written);
        YamlAssert.SemanticallyEqual("labels:\n  z: 1\n  a: true\n", written, lenient: true);
    }

    [Fact]
    public void Dictionaries_keep_insertion_order()
    {
        var global = ValuesYaml.Deserialize<GlobalOptions>("labels:\n  z: \"1\"\n  a: \"2\"\n  m: \"3\"\n");

        Assert.Equal(new[] { "z", "a", "m" }, global.Labels!.Keys);
        Assert.Equal("---\nlabels:\n  z: \"1\"\n  a: \"2\"\n  m: \"3\"\n", YamlRenderer.Render(global));
    }

    [Theory]
    [InlineData("replicas: 0775", 509)]
    [InlineData("replicas: 0o10", 8)]
    [InlineData("replicas: 0x1F", 31)]
    [InlineData("replicas: 0b101", 5)]
    [InlineData("replicas: 1_000", 1000)]
    [InlineData("replicas: -12", -12)]
    public void Integers_are_read_as_Flux_reads_YAML_1_1(string yaml, long expected)
    {
        var controller = ValuesYaml.Deserialize<Controller>(yaml);

        Assert.Equal(expected, controller.Replicas!.Value.Value);
        Assert.Equal($"---\nreplicas: {expected}\n", YamlRenderer.Render(controller));
        YamlAssert.SemanticallyEqual(yaml, YamlRenderer.Render(controller));
    }

    [Theory]
    [InlineData("enabled: yes", true)]
    [InlineData("enabled: On", true)]
    [InlineData("enabled: y", true)]
    [InlineData("enabled: no", false)]
    [InlineData("enabled: OFF", false)]
    [InlineData("enabled: false", false)]
    public void Booleans_are_read_as_Flux_reads_YAML_1_1(string yaml, bool expected)
    {
        var controller = ValuesYaml.Deserialize<Controller>(yaml);

        Assert.Equal((Flag)expected, controller.Enabled);
        Assert.Equal($"---\nenabled: {(expected ? "true" : "false")}\n", YamlRenderer.Render(controller));
    }

    [Fact]
    public void Scalars_that_are_not_of_the_field_type_are_errors()
    {
        YamlAssert.Fails<Controller>("enabled: \"true\"");
        YamlAssert.Fails<Controller>("enabled: 1");
        YamlAssert.Fails<Controller>("replicas: 3000000000000000000000");
        YamlAssert.Fails<Controller>("replicas: 1.5");
        Assert.Equal("yes", ValuesYaml.Deserialize<ContainerImage>("repository: yes\ntag: \"1\"").Repository);
    }

    [Fact]
    public void Placeholders_are_first_class_in_boolean_fields()
    {
        var controller = ValuesYaml.Deserialize<Controller>("enabled: ${ENABLED:=true}");

        Assert.Equal("${ENABLED:=true}", controller.Enabled!.Value.Placeholder);
        Assert.Equal("---\nenabled: ${ENABLED:=true}\n", YamlRenderer.Render(controller));
        Assert.Equal("---\nenabled: ${X}\n", YamlRenderer.Render(new Controller { Enabled = Flag.FromPlaceholder("${X}") }));
    }

    [Fact]
    public void Scalar_round_trips_every_kind()
    {
        var written = YamlAssert.RoundTrips<Container>("image: {repository: r, tag: t}\nenv: {a: 1.10, b: \"1.10\", c: true, d: text, e: null, f: 'yes', g: on}\n");

        Assert.Equal("---\nimage:\n  repository: r\n  tag: t\nenv:\n  a: 1.10\n  b: \"1.10\"\n  c: true\n  d: text\n  e: null\n  f: \"yes\"\n  g: on\n", written);
    }
}
