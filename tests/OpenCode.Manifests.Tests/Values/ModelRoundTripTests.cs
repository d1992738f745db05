using System.Collections.Generic;
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
        Assert.Equal("8080", app.Probes!["liveness"].Spec!.TcpSocket.Port.Value);

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

        Assert.Equal("---\nenabled: true\ntype: deployment\nreplicas: 2\nstrategy: Recreate\n", ValuesYaml.Serialize(controller));
    }

    [Fact]
    public void Placeholders_are_written_plain_so_Flux_substitutes_a_number()
    {
        var controller = new Controller { Replicas = Integer.FromPlaceholder("${REPLICAS:=1}") };

        Assert.Equal("---\nreplicas: ${REPLICAS:=1}\n", ValuesYaml.Serialize(controller));
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
        Assert.Equal(expected, ValuesYaml.Serialize(port));
    }

    [Fact]
    public void Strings_read_any_scalar_text_and_are_quoted_when_needed()
    {
        var image = ValuesYaml.Deserialize<ContainerImage>("repository: app\ntag: 1.2");

        Assert.Equal("1.2", image.Tag);
        var written = ValuesYaml.Serialize(image);
        Assert.Equal("---\nrepository: app\ntag: \"1.2\"\n", written);
        YamlAssert.SemanticallyEqual("repository: app\ntag: 1.2", written, lenient: true);
    }

    [Fact]
    public void Lists_maps_and_nested_records_round_trip()
    {
        YamlAssert.RoundTrips<Dictionary<string, List<GlobalMount>>>("a:\n  - path: /x\n    readOnly: true\n  - path: /y\nb: []\n");
        YamlAssert.RoundTrips<List<Dictionary<string, string>>>("- {z: one, a: two}\n- {}\n");
        YamlAssert.RoundTrips<GlobalMount[]>("- path: /only\n");
    }

    [Fact]
    public void Numbers_read_into_strings_come_back_quoted_and_compare_equal_only_leniently()
    {
        var written = ValuesYaml.Serialize(ValuesYaml.Deserialize<Dictionary<string, string>>("z: 1\na: true\n"));

        Assert.Equal("---\nz: \"1\"\na: \"true\"\n", written);
        YamlAssert.SemanticallyEqual("z: 1\na: true\n", written, lenient: true);
    }

    [Fact]
    public void Dictionaries_keep_insertion_order()
    {
        var map = ValuesYaml.Deserialize<Dictionary<string, int>>("z: 1\na: 2\nm: 3\n");

        Assert.Equal(new[] { "z", "a", "m" }, map.Keys);
        Assert.Equal("---\nz: 1\na: 2\nm: 3\n", ValuesYaml.Serialize(map));
    }

    [Fact]
    public void Primitives_read_by_the_core_schema()
    {
        Assert.True(ValuesYaml.Deserialize<bool>("true"));
        Assert.Equal(8, ValuesYaml.Deserialize<int>("0o10"));
        Assert.Equal(1.5, ValuesYaml.Deserialize<double>("1.5"));
        Assert.Equal(2m, ValuesYaml.Deserialize<decimal>("2"));
        Assert.Null(ValuesYaml.Deserialize<int?>("~"));
        Assert.Equal("yes", ValuesYaml.Deserialize<string>("yes"));
        YamlAssert.Fails<bool>("yes");
        YamlAssert.Fails<bool>("\"true\"");
        YamlAssert.Fails<int>("3000000000");
    }

    [Fact]
    public void Scalar_round_trips_every_kind()
    {
        var written = YamlAssert.RoundTrips<Dictionary<string, Scalar>>("a: 1.10\nb: \"1.10\"\nc: true\nd: text\ne: null\nf: 'yes'\n");

        Assert.Equal("---\na: 1.10\nb: \"1.10\"\nc: true\nd: text\ne: null\nf: \"yes\"\n", written);
    }
}
