using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.AppTemplate.V5;
using OpenCode.Manifests.Values;
using Xunit;
using V4 = OpenCode.Manifests.AppTemplate;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// One small values file per key app-template 5.x (common 5.1.0) added or changed (<c>SamplesV5/*.yaml</c>; the
/// 5.x corpus also validates against 4.6.2, so it uses none of them). Each reads into the 5.x model and writes back
/// with the same meaning, strictly. Its second comment line says what the 4.x model does with the same text:
/// <c>rejects "…"</c> (a 5.x-only key: reading fails with that message), <c>reads</c> (the key is the same, its
/// meaning changed) or <c>extra KEY</c> (a new top-level section: the 4.x root is open, like the chart's, so the
/// key only lands in <see cref="V4.AppTemplateValues.AdditionalValues"/>, untyped).
/// </summary>
public sealed partial class V5KeySampleTests
{
    private const int MinimumSamples = 16;

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SampleFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_round_trips_strictly_through_the_5x_model(string sample)
    {
        var yaml = ReadSampleText(sample);

        AppTemplateRoundTrip.AssertRoundTrips<AppTemplateValues>(ValuesYaml.Load(yaml), sample);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_does_what_its_header_says_in_the_4x_model(string sample)
    {
        var yaml = ReadSampleText(sample);
        var expectation = FourXExpectation(sample, yaml);

        if (expectation.Rejects is { } message)
        {
            var exception = Assert.Throws<ValuesYamlException>(() => ValuesYaml.Deserialize<V4.AppTemplateValues>(yaml));
            Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        }
        else if (expectation.ExtraKey is { } key)
        {
            var model = ValuesYaml.Deserialize<V4.AppTemplateValues>(yaml);
            Assert.True(
                model.AdditionalValues?.ContainsKey(key) == true,
                $"{sample}: the 4.x model should keep '{key}' only as an untyped extra key");
        }
        else
        {
            AppTemplateRoundTrip.AssertRoundTrips<V4.AppTemplateValues>(ValuesYaml.Load(yaml), sample + " (4.x model)");
        }
    }

    [Fact]
    public void There_are_enough_samples() =>
        Assert.True(SampleFiles().Count >= MinimumSamples, $"expected at least {MinimumSamples} samples in {AppTemplateRoundTrip.V5SamplesFolder}");

    [Fact]
    public void New_global_and_service_account_settings_are_typed()
    {
        Assert.False(Read("01-global-create-default-service-account.yaml").Global!.CreateDefaultServiceAccount!.Value.Value);
        Assert.False(Read("02-service-account-automount-token.yaml").ServiceAccount!["app"].AutomountServiceAccountToken!.Value.Value);

        var resize = Read("04-pod-resize-policy.yaml");
        Assert.Equal("cpu", resize.DefaultPodOptions!.ResizePolicy!.Single().ResourceName);
        Assert.Equal("RestartContainer", resize.Controllers!["main"].Pod!.ResizePolicy!.Single().RestartPolicy);
        var container = Read("05-container-resize-policy.yaml").Controllers!["main"].Containers!["app"];
        Assert.Equal(["cpu", "memory"], container.ResizePolicy!.Select(policy => policy.ResourceName));
    }

    [Fact]
    public void Horizontal_pod_autoscaler_metrics_and_behavior_are_typed()
    {
        var web = Read("06-controller-hpa-deployment.yaml").Controllers!["web"].HorizontalPodAutoscaler!;
        Assert.Equal(10L, web.MaxReplicas.Value);
        Assert.Equal([HpaMetricType.Resource, HpaMetricType.Pods], web.Metrics!.Select(metric => metric.Type));
        Assert.Equal(HpaMetricTargetType.Utilization, web.Metrics![0].Resource!.Target.Type);
        Assert.Equal(70L, web.Metrics![0].Resource!.Target.AverageUtilization!.Value.Value);
        Assert.Equal("http_requests_per_second", web.Metrics![1].Pods!.Metric.Name);
        Assert.Equal(HpaScalingRulesSelectPolicy.Min, web.Behavior!.ScaleDown!.SelectPolicy);
        Assert.Equal(HpaScalingPolicyType.Percent, web.Behavior.ScaleDown.Policies!.Single().Type);

        var workers = Read("07-controller-hpa-statefulset.yaml").Controllers!["workers"];
        Assert.Equal(ControllerType.Statefulset, workers.Type);
        var hpa = workers.HorizontalPodAutoscaler!;
        Assert.Equal(0L, hpa.MinReplicas!.Value.Value);
        Assert.Equal("jobs", hpa.Metrics![0].External!.Metric.Selector!.MatchLabels!["queue"]);
        Assert.Equal("Ingress", hpa.Metrics![1].Object!.DescribedObject.Kind);
        Assert.Equal("worker", hpa.Metrics![2].ContainerResource!.Container);
        Assert.Equal(HpaScalingRulesSelectPolicy.Disabled, hpa.Behavior!.ScaleDown!.SelectPolicy);
    }

    [Fact]
    public void Raw_resources_keep_the_manifest_and_its_extra_keys()
    {
        var raw = Read("08-raw-resources-manifest.yaml").RawResources!;
        var certificate = raw["certificate"].Manifest;
        Assert.Equal("cert-manager.io/v1", certificate.ApiVersion);
        Assert.Equal("Certificate", certificate.Kind);
        Assert.Equal("networking", certificate.Metadata!.Namespace);
        Assert.Equal("tls", certificate.Metadata.Labels!["app.kubernetes.io/component"]);
        Assert.True(certificate.Metadata.AdditionalValues!.ContainsKey("finalizers"));
        Assert.Equal(["spec"], certificate.AdditionalValues!.Keys);
        Assert.Equal("settings", raw["settings"].Suffix);
        Assert.Equal(["data"], raw["settings"].Manifest.AdditionalValues!.Keys);
    }

    [Fact]
    public void Monitors_policies_routes_and_ephemeral_volumes_are_typed()
    {
        Assert.Equal("app.kubernetes.io/instance", Read("09-service-monitor-job-label.yaml").ServiceMonitor!["app"].JobLabel);

        var byController = Read("10-pod-monitor-controller.yaml").PodMonitor!["app"];
        Assert.Equal("main", byController.Controller!.Identifier);
        Assert.Equal(["app.kubernetes.io/version"], byController.PodTargetLabels!);
        var bySelector = Read("11-pod-monitor-selector.yaml").PodMonitor!["sidecars"];
        Assert.Null(bySelector.Controller);
        Assert.Equal(["proxy", "exporter"], bySelector.Selector!.MatchExpressions!.Single().Values!);

        var policy = Read("12-network-policy-extra-selector-labels.yaml").Networkpolicies!["main"];
        Assert.Equal("backend", policy.ExtraSelectorLabels!["example.com/tier"]);
        Assert.Equal([NetworkPolicyType.Ingress], policy.PolicyTypes);
        var selectorPolicy = Read("13-network-policy-pod-selector.yaml").Networkpolicies!["deny-egress"];
        Assert.Null(selectorPolicy.Controller);
        Assert.Equal([NetworkPolicyType.Egress, NetworkPolicyType.Ingress], selectorPolicy.PolicyTypes);

        Assert.Equal("networking", Read("14-route-namespace-override.yaml").Route!["app"].NamespaceOverride);
        Assert.False(Read("15-route-reference-grant.yaml").Route!["app"].ReferenceGrant!.Enabled!.Value.Value);

        var volumes = Read("16-persistence-ephemeral.yaml").Persistence!;
        var scratch = Assert.IsType<PersistenceItem.Ephemeral>(volumes["scratch"]);
        Assert.Equal("20Gi", scratch.Size);
        Assert.Equal("fast-ssd", scratch.StorageClass);
        Assert.Equal("/cache", Assert.IsType<PersistenceItem.Ephemeral>(volumes["cache"]).AdvancedMounts!["main"]["app"].Single().Path);
    }

    /// <summary>
    /// What 5.x no longer accepts: the 4.x raw resource shape, a raw resource without manifest, a network policy
    /// without policyTypes, a policy type outside the enum. The ones 4.x took are read by the 4.x model.
    /// </summary>
    [Theory]
    [InlineData(
        "rawResources:\n  pdb:\n    apiVersion: policy/v1\n    kind: PodDisruptionBudget\n    spec:\n      minAvailable: 1\n",
        "unknown key 'apiVersion'", true)]
    [InlineData(
        "rawResources:\n  pdb:\n    enabled: true\n",
        "missing required key 'manifest'", false)]
    [InlineData(
        "networkpolicies:\n  main:\n    controller: main\n    rules:\n      ingress:\n        - {}\n",
        "missing required key 'policyTypes'", true)]
    [InlineData(
        "networkpolicies:\n  main:\n    controller: main\n    policyTypes: [ingress]\n    rules:\n      ingress:\n        - {}\n",
        "'ingress' is not a valid NetworkPolicyType", true)]
    public void The_5x_model_rejects_what_5x_no_longer_takes(string yaml, string message, bool fourXReadsIt)
    {
        var exception = Assert.Throws<ValuesYamlException>(() => ValuesYaml.Deserialize<AppTemplateValues>(yaml));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);

        if (fourXReadsIt)
        {
            AppTemplateRoundTrip.AssertRoundTrips<V4.AppTemplateValues>(ValuesYaml.Load(yaml), "4.x model");
        }
        else
        {
            Assert.Throws<ValuesYamlException>(() => ValuesYaml.Deserialize<V4.AppTemplateValues>(yaml));
        }
    }

    private static AppTemplateValues Read(string sample) => ValuesYaml.Deserialize<AppTemplateValues>(ReadSampleText(sample));

    private static string ReadSampleText(string sample) =>
        File.ReadAllText(Path.Combine(AppTemplateRoundTrip.V5SamplesFolder, sample));

    private static (string? Rejects, string? ExtraKey) FourXExpectation(string sample, string yaml)
    {
        var line = yaml.Split('\n').FirstOrDefault(l => l.StartsWith("# 4.x model: ", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"{sample} has no '# 4.x model: ...' header line.");
        var text = line["# 4.x model: ".Length..].TrimEnd('\r');
        if (RejectsPattern().Match(text) is { Success: true } rejects)
        {
            return (rejects.Groups[1].Value, null);
        }

        if (text.StartsWith("extra ", StringComparison.Ordinal))
        {
            return (null, text["extra ".Length..].Trim());
        }

        return text == "reads"
            ? (null, null)
            : throw new InvalidOperationException($"{sample}: unknown 4.x expectation '{text}' (rejects \"...\", reads, extra KEY).");
    }

    private static IReadOnlyList<string> SampleFiles() =>
        Directory.Exists(AppTemplateRoundTrip.V5SamplesFolder)
            ? Directory.EnumerateFiles(AppTemplateRoundTrip.V5SamplesFolder, "*.yaml")
                .Select(Path.GetFileName)
                .OfType<string>()
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList()
            : [];

    [GeneratedRegex("^rejects \"(.+)\"$")]
    private static partial Regex RejectsPattern();
}
