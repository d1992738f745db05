using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

/// <summary>Assertions over YAML text by meaning, and the read → model → write round trip.</summary>
internal static class YamlAssert
{
    public static void SemanticallyEqual(string expected, string actual, bool lenient = false)
    {
        var equal = YamlSemantics.AreEqual(ValuesYaml.Load(expected), ValuesYaml.Load(actual), lenient, out var difference);
        Assert.True(equal, $"{difference}\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    /// <summary>Reads <paramref name="yaml"/> into a <typeparamref name="T"/>, writes it back, checks the meaning is kept.</summary>
    public static string RoundTrips<T>(string yaml)
        where T : IYamlModel<T>
    {
        var model = ValuesYaml.Deserialize<T>(yaml);
        var written = YamlRenderer.Render(model);
        SemanticallyEqual(yaml, written);
        return written;
    }

    public static ValuesYamlException Fails<T>(string yaml)
        where T : IYamlModel<T> =>
        Assert.Throws<ValuesYamlException>(() => ValuesYaml.Deserialize<T>(yaml));
}
