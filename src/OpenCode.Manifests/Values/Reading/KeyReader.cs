using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Reading;

/// <summary>Reads a mapping key: any scalar's text (a plain <c>8080</c> key becomes "8080").</summary>
internal static class KeyReader
{
    public static string Read(YamlNode key, YamlPath path) =>
        key is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : throw ReadErrors.At(key, path, "mapping keys must be scalars");
}
