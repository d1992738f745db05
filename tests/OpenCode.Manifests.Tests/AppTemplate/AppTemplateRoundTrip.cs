using System.IO;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Schema;
using OpenCode.Manifests.Values;
using Xunit;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// The values → <see cref="AppTemplateValues"/> → values round trip, and where the test YAML files live
/// (read from the source tree, found through the repository root).
/// </summary>
internal static class AppTemplateRoundTrip
{
    public const string TestFolder = "tests/OpenCode.Manifests.Tests/AppTemplate";

    public static string SamplesFolder => Path.Combine(RepositoryPaths.Root, TestFolder, "Samples");

    /// <summary>One small values file per key app-template 5.x added or changed.</summary>
    public static string V5SamplesFolder => Path.Combine(RepositoryPaths.Root, TestFolder, "SamplesV5");

    public static string SeedFile => Path.Combine(RepositoryPaths.Root, TestFolder, "Seed", "opencode-helmrelease.yaml");

    public static AppTemplateValues ReadSample(string fileName) =>
        ValuesYaml.Deserialize<AppTemplateValues>(File.ReadAllText(Path.Combine(SamplesFolder, fileName)));

    /// <summary>
    /// Reads <paramref name="values"/> into the model, writes it with our renderer, and asserts the written YAML
    /// means the same (strict scalar typing unless <paramref name="lenientScalars"/>). Returns the model.
    /// </summary>
    public static AppTemplateValues AssertRoundTrips(YamlNode values, string what, bool lenientScalars = false) =>
        AssertRoundTrips<AppTemplateValues>(values, what, lenientScalars);

    /// <summary>The same round trip through any generated values model (the 5.x one, for instance).</summary>
    public static TValues AssertRoundTrips<TValues>(YamlNode values, string what, bool lenientScalars = false)
        where TValues : IYamlModel<TValues>
    {
        var model = ValuesYaml.FromNode<TValues>(values);
        var written = YamlRenderer.Render(model);
        var comparison = YamlSemantics.Compare(values, ValuesYaml.Load(written), lenientScalars);
        Assert.True(comparison.AreEqual, $"{what}: {comparison.FirstDifference}\n--- written\n{written}");
        return model;
    }
}
