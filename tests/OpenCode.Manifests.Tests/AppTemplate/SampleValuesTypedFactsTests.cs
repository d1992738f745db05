using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// After reading the samples, the typed model holds the right variants and values — the round trip alone would
/// not notice a value read into the wrong union variant if it wrote back the same text.
/// </summary>
public sealed class SampleValuesTypedFactsTests
{
    [Fact]
    public void Every_controller_type_is_read_as_its_enum_member()
    {
        Assert.Equal(ControllerType.Deployment, AppTemplateRoundTrip.ReadSample("01-deployment-service-route.yaml").Controllers!["web"].Type);
        Assert.Equal(ControllerType.Statefulset, AppTemplateRoundTrip.ReadSample("02-statefulset-volumeclaimtemplates.yaml").Controllers!["db"].Type);
        Assert.Equal(ControllerType.Cronjob, AppTemplateRoundTrip.ReadSample("03-cronjob.yaml").Controllers!["backup"].Type);
        Assert.Equal(ControllerType.Job, AppTemplateRoundTrip.ReadSample("04-job.yaml").Controllers!["migrate"].Type);
        Assert.Equal(ControllerType.Daemonset, AppTemplateRoundTrip.ReadSample("05-daemonset-hostpath.yaml").Controllers!["exporter"].Type);
    }

    [Fact]
    public void Statefulset_volume_claim_templates_and_service_reference_are_typed()
    {
        var statefulset = AppTemplateRoundTrip.ReadSample("02-statefulset-volumeclaimtemplates.yaml").Controllers!["db"].Statefulset!;

        Assert.Equal(["data", "wal"], statefulset.VolumeClaimTemplates!.Select(template => template.Name));
        Assert.Equal("10Gi", statefulset.VolumeClaimTemplates![0].Size);
        Assert.Equal("/var/lib/wal", statefulset.VolumeClaimTemplates![1].AdvancedMounts!["db"].Single().Path);
        var serviceName = Assert.IsType<StatefulSetServiceName.StatefulSetServiceRef>(statefulset.ServiceName);
        Assert.Equal("db", serviceName.Identifier);
    }

    [Fact]
    public void Persistence_items_are_read_as_their_variants()
    {
        var nfs = Assert.IsType<PersistenceItem.Nfs>(AppTemplateRoundTrip.ReadSample("08-persistence-nfs-emptydir.yaml").Persistence!["media"]);
        Assert.Equal("nas.example.lan", nfs.Server);
        Assert.Equal("/volume1/media", nfs.Path);

        var claims = AppTemplateRoundTrip.ReadSample("06-persistence-claims.yaml").Persistence!;
        var pvc = Assert.IsType<PersistenceItem.PersistentVolumeClaim>(claims["config"]);
        Assert.Equal("1Gi", pvc.Size);
        Assert.Equal("media", Assert.IsType<PersistenceItem.ExistingClaim>(claims["media"]).ExistingClaimValue);
        // type: persistentVolumeClaim is shared by both claim variants; the shape (existingClaim) decides.
        var typedExisting = Assert.IsType<PersistenceItem.ExistingClaim>(claims["cache"]);
        Assert.Equal("app-cache", typedExisting.ExistingClaimValue);
        Assert.Equal("app", typedExisting.AdvancedMounts!["main"]["app"].Single().SubPath);

        var volumes = AppTemplateRoundTrip.ReadSample("07-persistence-configmap-secret.yaml").Persistence!;
        Assert.Equal("config", Assert.IsType<PersistenceItem.ConfigMap>(volumes["config-file"]).Identifier);
        var secret = Assert.IsType<PersistenceItem.Secret>(volumes["credentials"]);
        Assert.Equal(256L, secret.DefaultMode!.Value.Value);
        Assert.Equal(292, secret.Items![1].Mode);

        var images = AppTemplateRoundTrip.ReadSample("09-persistence-image-custom.yaml").Persistence!;
        var reference = Assert.IsType<PersistenceImageSource.ImageReference>(Assert.IsType<PersistenceItem.Image>(images["models"]).ImageValue);
        Assert.Equal("ghcr.io/example/models:2025.1", reference.Value);
        var specification = Assert.IsType<PersistenceImageSource.ImageSpecification>(Assert.IsType<PersistenceItem.Image>(images["plugins"]).ImageValue);
        Assert.True(specification.Tag!.Value.IsInteger);
        var custom = Assert.IsType<PersistenceItem.Custom>(images["projected"]);
        Assert.Equal(3600L, custom.VolumeSpec!.Projected!.Sources![0].ServiceAccountToken!.ExpirationSeconds);

        var host = AppTemplateRoundTrip.ReadSample("05-daemonset-hostpath.yaml").Persistence!;
        Assert.Equal("/proc", Assert.IsType<PersistenceItem.HostPath>(host["proc"]).HostPathValue);
        Assert.IsType<PersistenceItem.EmptyDir>(AppTemplateRoundTrip.ReadSample("08-persistence-nfs-emptydir.yaml").Persistence!["tmp"]);
    }

    [Fact]
    public void Env_map_values_are_read_as_their_variants()
    {
        var env = Assert.IsType<EnvVars.EnvVarMap>(Container("11-env-map.yaml", "main", "app").Env).Value;

        var password = Assert.IsType<EnvVarMapValue.EnvVarSourceRefEntry>(env["DB_PASSWORD"]);
        Assert.Equal("db-secret", password!.SecretKeyRef!.Name);
        Assert.Equal("password", password.SecretKeyRef.Key);
        Assert.Equal("username", Assert.IsType<EnvVarMapValue.EnvVarValueFromEntry>(env["DB_USER"])!.ValueFrom.SecretKeyRef!.Key);
        var port = Assert.IsType<EnvVarMapValue.EnvVarLiteral>(env["PORT"])!.Value;
        Assert.Equal(ScalarKind.Number, port!.Value.Kind);
        Assert.Equal(ScalarKind.String, Assert.IsType<EnvVarMapValue.EnvVarLiteral>(env["QUOTED_NUMBER"])!.Value!.Value.Kind);
        var single = Assert.IsType<EnvVarMapValue.EnvVarValueEntry>(env["DATABASE_URL"])!.DependsOn!;
        Assert.False(single.IsList);
        Assert.Equal(["DB_USER", "DB_PASSWORD"], Assert.IsType<EnvVarMapValue.EnvVarValueEntry>(env["DSN"])!.DependsOn!.Values);
    }

    [Fact]
    public void Env_list_items_and_env_from_are_typed()
    {
        var container = Container("10-env-list-and-envfrom.yaml", "main", "app");
        var env = Assert.IsType<EnvVars.EnvVarList>(container.Env).Value;

        Assert.Equal("Europe/Paris", Assert.IsType<EnvVarListItem.EnvVarWithValue>(env[0]).Value!.Value.Text);
        Assert.Equal("status.podIP", Assert.IsType<EnvVarListItem.EnvVarWithValueFrom>(env[3]).ValueFrom.FieldRef!.FieldPath);
        Assert.Equal("app-secret", Assert.IsType<EnvVarListItem.EnvVarWithSourceRef>(env[4]).SecretKeyRef!.Name);
        Assert.Equal("app-secret", container.EnvFrom![0].SecretRef!.Name);
        Assert.Equal("config", container.EnvFrom![1].ConfigMapRef!.Identifier);
        Assert.Equal("EXTRA_", container.EnvFrom![2].Prefix);
    }

    [Fact]
    public void Int_or_string_ports_remember_what_was_written()
    {
        var values = AppTemplateRoundTrip.ReadSample("15-ports-int-or-string.yaml");
        var ports = values.Service!["app"].Ports!;

        var http = ports["http"];
        Assert.True(http.Port!.Value.IsInteger);
        Assert.Equal(8080L, http.Port!.Value.IntegerValue);
        Assert.Equal("http", http.TargetPort!.Value.StringValue);
        Assert.True(ports["metrics"].TargetPort!.Value.IsString);
        Assert.Equal("9090", ports["metrics"].TargetPort!.Value.StringValue);
        var probePort = values.Controllers!["main"].Containers!["app"].Probes!.Readiness!.Port!.Value;
        Assert.Equal("8080", probePort.StringValue);
        Assert.Equal("http", values.Route!["app"].Rules![0].BackendRefs![0].Port!.Value.StringValue);
    }

    [Fact]
    public void Commands_and_args_remember_string_or_list()
    {
        var cron = Container("03-cronjob.yaml", "backup", "app");
        Assert.False(cron.Command!.IsList);
        Assert.Equal("/usr/local/bin/backup", cron.Command.SingleValue);
        Assert.Equal("--all", cron.Args!.SingleValue);

        var job = Container("04-job.yaml", "migrate", "migrate");
        Assert.True(job.Command!.IsList);
        Assert.Equal(["/bin/sh", "-c"], job.Command.Values);
    }

    [Fact]
    public void Probes_keep_custom_specs_and_type_based_shorthand()
    {
        var probes = Container("12-probes.yaml", "main", "app").Probes!;

        Assert.Equal((Flag)true, probes.Liveness!.Custom);
        Assert.Equal("/healthz", probes.Liveness.Spec!.HttpGet!.Path);
        Assert.Equal("http", probes.Liveness.Spec.HttpGet.Port.StringValue);
        Assert.Equal(ContainerProbeType.HTTP, probes.Readiness!.Type);
        Assert.Equal(8080L, probes.Readiness.Port!.Value.IntegerValue);
        Assert.Equal(ContainerProbeType.TCP, probes.Startup!.Type);
        Assert.Equal(30, probes.Startup.Spec!.FailureThreshold);
    }

    [Fact]
    public void Flux_placeholders_in_integer_fields_are_kept_as_placeholders()
    {
        var values = AppTemplateRoundTrip.ReadSample("14-flux-placeholders.yaml");
        var controller = values.Controllers!["main"];

        Assert.True(controller.Replicas!.Value.IsPlaceholder);
        Assert.Equal("${REPLICAS:=1}", controller.Replicas.Value.Placeholder);
        Assert.Equal("${HISTORY_LIMIT}", controller.RevisionHistoryLimit!.Value.Placeholder);
        Assert.Equal("${SECRET_MODE:=256}", Assert.IsType<PersistenceItem.Secret>(values.Persistence!["secret"]).DefaultMode!.Value.Placeholder);
        Assert.Equal("${GATEWAY_PORT:=443}", values.Route!["app"].ParentRefs![0].Port!.Value.Placeholder);
        // An int-or-string port keeps a plain placeholder as a placeholder (written unquoted: Flux makes it a number).
        Assert.Equal("${APP_PORT:=8080}", values.Service!["app"].Ports!["http"].Port!.Value.Placeholder);
    }

    [Fact]
    public void Explicit_nulls_in_env_and_persistence_maps_are_kept()
    {
        var values = AppTemplateRoundTrip.ReadSample("16-nulls.yaml");
        var env = Assert.IsType<EnvVars.EnvVarMap>(values.Controllers!["main"].Containers!["app"].Env).Value;

        Assert.Null(env["UNSET_IN_MAP"]);
        Assert.Null(env["EMPTY_IN_MAP"]);
        var list = Assert.IsType<EnvVars.EnvVarList>(values.Controllers["main"].Containers!["sidecar"].Env).Value;
        Assert.True(Assert.IsType<EnvVarListItem.EnvVarWithValue>(list[0]).Value!.Value.IsNull);
        Assert.True(values.Persistence!.ContainsKey("config"));
        Assert.Null(values.Persistence["config"]);
    }

    [Fact]
    public void Ingress_paths_reference_services_by_identifier_or_name()
    {
        var hosts = AppTemplateRoundTrip.ReadSample("13-ingress.yaml").Ingress!["app"].Hosts!;

        var byIdentifier = Assert.IsType<IngressPathService.IngressServiceByIdentifier>(hosts[0].Paths[0].Service);
        Assert.Equal("app", byIdentifier.Identifier);
        Assert.Equal("http", byIdentifier.Port!.Value.StringValue);
        var byName = Assert.IsType<IngressPathService.IngressServiceByName>(hosts[1].Paths[0].Service);
        Assert.Equal(8443L, byName.Port.Value);
    }

    private static Container Container(string sample, string controller, string container) =>
        AppTemplateRoundTrip.ReadSample(sample).Controllers![controller].Containers![container];
}
