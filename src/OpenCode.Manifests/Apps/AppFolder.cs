using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Resources.ExternalSecrets;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Resources.Kustomize;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Apps;

/// <summary>
/// Assembles an app-template app's Flux folder from its builder: the chart source (OCIRepository), the HelmRelease
/// with the values, one ExternalSecret per secret, the claims, the app's <c>kustomization.yaml</c> and its Flux
/// Kustomization (<c>ks.yaml</c>). Every cross-file name and path (the chart reference, the health check, the
/// kustomization lists, the VolSync template's relative path, <c>ks.yaml</c>'s path) is derived here from the objects
/// themselves, so nothing is typed twice.
/// </summary>
internal static class AppFolder
{
    private const string ChartLayerMediaType = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

    public static AppGraph Assemble(AppBuilder app, string kind)
    {
        var conventions = app.Conventions;
        var declaredAt = app.Context.DeclaredAt;
        var provenance = new ProvenanceBuilder();
        var values = app.Builder.ComposeValues(provenance);

        var chart = new OciRepository
        {
            Metadata = new V1ObjectMeta { Name = app.Name },
            Spec = new OciRepositorySpec
            {
                Interval = "15m",
                LayerSelector = new OciLayerSelector { MediaType = ChartLayerMediaType, Operation = "copy" },
                Ref = new OciRepositoryRef { Tag = app.Chart.Version, Digest = app.Chart.Digest },
                Url = app.Chart.Url,
            },
        };

        var release = new HelmRelease { Metadata = new V1ObjectMeta { Name = app.Name }, Spec = DefaultReleaseSpec(chart.Name, ChartValues.Of(values)) };
        foreach (var change in app.ReleaseChanges)
        {
            // The values are the handles' (rules and provenance read them), whatever the change returns for them.
            release = release with { Spec = change.Change(release.Spec) with { Values = release.Spec.Values } };
            provenance.Record(release, ValuePath.Of("spec"), change.At);
        }

        // A release whose chart source is defined elsewhere (a shared OCIRepository, a HelmRepository template) gets none here.
        var ownChartSource = release.Spec.Chart is null
            && release.Spec.ChartRef is { Kind: "OCIRepository", Namespace: null } reference && reference.Name == chart.Name;

        var workload = WorkloadOf(values);
        var externalSecrets = ExternalSecrets(app, conventions, provenance);
        var claims = app.Claims.Where(claim => !claim.VolSync).Select(claim => Claim(claim, conventions)).ToList();
        var volSync = app.Claims.FirstOrDefault(claim => claim.VolSync);

        var appsFolder = conventions.AppsPath + "/" + app.Namespace + "/" + app.Name + "/app";
        var resources = new List<string>();
        if (externalSecrets.Count > 0)
        {
            resources.Add("./externalsecret.yaml");
        }

        resources.Add("./helmrelease.yaml");
        if (ownChartSource)
        {
            resources.Add("./ocirepository.yaml");
        }

        if (claims.Count > 0)
        {
            resources.Add("./pvc.yaml");
        }

        List<string>? components = null;
        if (volSync is not null && conventions.VolSync is { } template)
        {
            var relative = RelativeFolder(appsFolder, template.Path);
            if (template.Form == VolSyncTemplateForm.Component)
            {
                components = new List<string> { relative };
            }
            else
            {
                resources.Add(relative);
            }
        }

        var substitutions = new Dictionary<string, string>();
        if (volSync is not null && conventions.VolSync is { } variables)
        {
            // The template creates the claim named after the app, of the capacity and class given, backed up on the schedule.
            substitutions[variables.ClaimVariable] = app.Name;
            substitutions[variables.CapacityVariable] = volSync.Size;
            substitutions[variables.StorageClassVariable] = conventions.StorageClass;
            substitutions[variables.ScheduleVariable] = volSync.Schedule ?? string.Empty;
        }

        foreach (var (variable, value) in app.Substitutions)
        {
            substitutions[variable] = value;
        }

        var kustomization = FluxKustomizationFor(app, release, appsFolder, substitutions);
        provenance.Record(kustomization, ValuePath.Root, declaredAt);

        var files = new List<AppFile>
        {
            new("ks.yaml", new IYamlWritable[] { kustomization }, SchemaUrls.FluxKustomization),
            new("app/kustomization.yaml", new IYamlWritable[] { new KustomizeKustomization { Resources = resources, Components = components } }, SchemaUrls.KustomizeKustomization),
        };
        if (externalSecrets.Count > 0)
        {
            files.Add(new AppFile("app/externalsecret.yaml", externalSecrets.Cast<IYamlWritable>().ToList(), SchemaUrls.ExternalSecret));
        }

        files.Add(new AppFile("app/helmrelease.yaml", new IYamlWritable[] { release }, SchemaUrls.AppTemplateHelmRelease));
        if (ownChartSource)
        {
            files.Add(new AppFile("app/ocirepository.yaml", new IYamlWritable[] { chart }, SchemaUrls.OciRepository));
        }

        if (claims.Count > 0)
        {
            files.Add(new AppFile("app/pvc.yaml", claims.Cast<IYamlWritable>().ToList(), SchemaUrls.PersistentVolumeClaim));
        }

        return new AppGraph
        {
            Name = app.Name,
            Namespace = app.Namespace,
            DeclaredAt = declaredAt,
            Kind = kind,
            Files = files,
            Kustomization = kustomization,
            Release = new ChartRelease(release, values, workload),
            ExternalSecrets = externalSecrets,
            ProvidedSecrets = new HashSet<string>(app.ProvidedSecrets.Select(secret => secret.SecretName), StringComparer.Ordinal),
            AcceptedUnpinnedImages = app.AcceptedUnpinnedImages,
            AcceptedIgnoredMounts = app.AcceptedIgnoredMounts,
            AcknowledgedLiterals = new HashSet<(ValuePath Path, string Value)>(app.Builder.NotSecretLiterals()),
            UndeclaredSecretKeys = new HashSet<WorkloadSecretKey>(app.Builder.Secrets.SelectMany(s => s.UndeclaredLookups.Select(key => new WorkloadSecretKey(s.SecretName, key)))),
            Provenance = provenance.Build(declaredAt),
            Diagnostics = app.Builder.Diagnostics.Concat(app.Builder.UnmountedVolumes(workload)).Concat(app.Diagnostics).Concat(app.Builder.EscapeHatchesOfTheOtherMajor()).ToList(),
        };
    }

    /// <summary>
    /// The HelmRelease spec every app starts from: the chart from the app's own OCIRepository, reconciled hourly,
    /// installs retried until they succeed, failed upgrades cleaned up and retried three times. <see cref="AppBuilder.Release"/>
    /// changes it; the importer writes only what an imported release does differently.
    /// </summary>
    internal static HelmReleaseSpec DefaultReleaseSpec(string chartRepositoryName, ChartValues? values) => new()
    {
        ChartRef = new CrossNamespaceObjectReference { Kind = "OCIRepository", Name = chartRepositoryName },
        Interval = "1h",
        Install = new HelmInstall { Remediation = new HelmRemediation { Retries = -1 } },
        Upgrade = new HelmUpgrade { CleanupOnFail = true, Remediation = new HelmRemediation { Retries = 3 } },
        Values = values,
    };

    /// <summary>What the chart will run, worked out by the templates of the values' major.</summary>
    private static Workload WorkloadOf(IYamlWritable values) => values switch
    {
        AppTemplate.V5.AppTemplateValues v5 => AppTemplateV5Workload.From(v5),
        AppTemplate.AppTemplateValues v4 => AppTemplateWorkload.From(v4),
        _ => throw new ArgumentException($"no workload reader for {values.GetType()}", nameof(values)),
    };

    private static List<ExternalSecret> ExternalSecrets(AppBuilder app, ClusterConventions conventions, ProvenanceBuilder provenance)
    {
        var result = new List<ExternalSecret>();
        foreach (var secret in app.Builder.Secrets)
        {
            var data = secret.Keys
                .Select(key => new ExternalSecretData { SecretKey = key.Name, RemoteRef = new ExternalSecretRemoteRef { Key = key.RemoteKey, Property = key.RemoteProperty } })
                .ToList();
            var externalSecret = new ExternalSecret
            {
                Metadata = new V1ObjectMeta { Name = secret.SecretName },
                Spec = new ExternalSecretSpec
                {
                    SecretStoreRef = new SecretStoreReference { Kind = conventions.SecretStore.Kind, Name = conventions.SecretStore.Name },
                    Target = new ExternalSecretTarget { Name = secret.SecretName, CreationPolicy = "Owner" },
                    Data = data,
                },
            };
            provenance.Record(externalSecret, ValuePath.Root, secret.DeclaredAt);
            for (var index = 0; index < secret.Keys.Count; index++)
            {
                provenance.Record(externalSecret, ValuePath.Of("spec", "data").Index(index), secret.Keys[index].DeclaredAt);
            }

            result.Add(externalSecret);
        }

        return result;
    }

    private static V1PersistentVolumeClaim Claim(AppBuilder.ClaimRequest claim, ClusterConventions conventions) => new()
    {
        Metadata = new V1ObjectMeta { Name = claim.ClaimName },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = new List<string> { claim.AccessMode },
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(claim.Size) } },
            StorageClassName = claim.StorageClass ?? conventions.StorageClass,
        },
    };

    private static FluxKustomization FluxKustomizationFor(AppBuilder app, HelmRelease release, string appFolder, Dictionary<string, string> substitutions)
    {
        var conventions = app.Conventions;
        List<SubstituteReference>? substituteFrom = null;
        if (conventions.ClusterSubstitution.Kind is { } kind && conventions.ClusterSubstitution.Name is { } name)
        {
            substituteFrom = new List<SubstituteReference> { new() { Kind = kind, Name = name } };
        }

        var dependsOn = conventions.DependsOn.Concat(app.DependsOn).Distinct(StringComparer.Ordinal).ToList();
        return new FluxKustomization
        {
            Metadata = new V1ObjectMeta { Name = app.Name, Namespace = conventions.FluxNamespace },
            Spec = new FluxKustomizationSpec
            {
                TargetNamespace = app.Namespace,
                CommonMetadata = new CommonMetadata { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = app.Name } },
                DependsOn = dependsOn.Count == 0 ? null : dependsOn.Select(d => new NamespacedObjectReference { Name = d }).ToList(),
                Path = "./" + appFolder,
                Prune = true,
                SourceRef = new CrossNamespaceObjectReference { Kind = conventions.Source.Kind, Name = conventions.Source.Name },
                Wait = false,
                HealthChecks = new List<HealthCheckReference>
                {
                    new() { ApiVersion = release.ApiVersion, Kind = release.Kind, Name = release.Name, Namespace = app.Namespace },
                },
                Interval = "30m",
                RetryInterval = "1m",
                Timeout = "5m",
                PostBuild = new PostBuild
                {
                    Substitute = substitutions.Count == 0 ? null : substitutions,
                    SubstituteFrom = substituteFrom,
                },
            },
        };
    }

    /// <summary>The path from one repository folder to another, with <c>/</c> (kustomize wants relative paths).</summary>
    internal static string RelativeFolder(string fromFolder, string toFolder)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common])
        {
            common++;
        }

        return string.Join("/", Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }
}
