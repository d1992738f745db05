using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue #12 item 4: the oracle that judges every emitted 5.x <c>spec.values</c> (JsonSchema.Net, draft 2020-12, the
/// common 5.1.0 files resolved locally) agrees with the independent reference validator
/// (<c>../shared/reference/schemas/validate_values.py</c>, Python jsonschema) on the workspace emitted for 5.1.0 and
/// on broken copies of it: both accept the emitted release, both refuse each broken one (the negative controls).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class UpstreamValidatorAgreementTests
{
    private readonly ITestOutputHelper output;

    public UpstreamValidatorAgreementTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Each case: how the emitted values are changed (<see cref="Break"/>) and whether both must accept them.</summary>
    public static TheoryData<string, bool> Cases => new()
    {
        { "as-emitted", true },
        { "token-not-a-boolean", false },
        { "raw-resource-without-manifest", false },
        { "unknown-key-on-a-service", false },
        { "network-policy-controller-only", true },
        { "network-policy-controller-and-podSelector", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_validators_give_the_same_verdict(string which, bool valid)
    {
        var python = Tools.Require("python3", "apt-get install python3 python3-yaml python3-jsonschema (jsonschema >= 4.18)");
        var helmRelease = Directory.GetFiles(OtherClusterTree.NamespaceFolder5, "helmrelease.yaml", SearchOption.AllDirectories).Single();
        var release = YamlToJson.DocumentsOfText(File.ReadAllText(helmRelease)).Select(d => YamlToJson.Convert(d)!.AsObject()).Single();
        var values = release["spec"]!["values"]!.DeepClone();
        Break(values, which);

        var file = Path.Combine(Path.GetTempPath(), $"ocm-values-{which}-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, values.ToJsonString()); // JSON is YAML: the reference reads it as a bare values document
        try
        {
            var schemaFolder = Path.Combine(RepositoryPaths.SharedReference, "schemas", "app-template-common-5.1.0");
            var run = Tools.Run(python, new[] { Path.Combine(RepositoryPaths.SharedReference, "schemas", "validate_values.py"), "-v", schemaFolder, file }, TimeSpan.FromMinutes(2));
            output.WriteLine(run.ToString());
            Assert.True(run.ExitCode is 0 or 1, $"the reference validator did not run:\n{run}");
            Assert.Contains("SUMMARY", run.Stdout, StringComparison.Ordinal);

            var ours = UpstreamSchemas.AppTemplate5.ValidateValues(values);
            output.WriteLine("JsonSchema.Net: " + (ours.Count == 0 ? "valid" : string.Join("\n", ours)));
            Assert.Equal(valid, run.ExitCode == 0);
            Assert.Equal(valid, ours.Count == 0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Break(JsonNode values, string which)
    {
        var controller = values["controllers"]![OtherClusterTree.Workspace]!;
        switch (which)
        {
            case "as-emitted":
                break;
            case "token-not-a-boolean":
                controller["pod"]!["automountServiceAccountToken"] = "no";
                break;
            case "raw-resource-without-manifest":
                values["rawResources"] = JsonNode.Parse("""{"extra":{"apiVersion":"v1","kind":"ConfigMap","spec":{"data":{"a":"b"}}}}""");
                break;
            case "unknown-key-on-a-service":
                values["service"]!["app"]!["controllr"] = OtherClusterTree.Workspace;
                break;
            case "network-policy-controller-only":
                values["networkpolicies"] = JsonNode.Parse("""{"app":{"controller":"WORKSPACE","policyTypes":["Ingress"],"rules":{"ingress":[{}]}}}""".Replace("WORKSPACE", OtherClusterTree.Workspace, StringComparison.Ordinal));
                break;
            case "network-policy-controller-and-podSelector":
                values["networkpolicies"] = JsonNode.Parse("""{"app":{"controller":"WORKSPACE","podSelector":{"matchLabels":{"a":"b"}},"policyTypes":["Ingress"],"rules":{"ingress":[{}]}}}""".Replace("WORKSPACE", OtherClusterTree.Workspace, StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentException(which, nameof(which));
        }
    }
}
