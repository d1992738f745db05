using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Reads and writes model values (generated records and unions, the runtime value types) as YamlDotNet node trees,
/// through their generated serializers.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> is strict: an unknown key on a closed object, a missing required key, a node of the wrong
/// kind, a value outside an enum or a union no variant matches is a <see cref="ValuesYamlException"/> with the key
/// path and the line and column — never a silent drop. Scalars mean what they mean to Flux (YAML 1.1, see
/// <see cref="YamlScalars"/>).</para>
/// <para><b>Nulls.</b> Null properties are omitted when writing. An explicit YAML null read into a nullable
/// property sets it to null, so it is lost on the way back — except for <see cref="FreeForm"/> and
/// <see cref="Scalar"/> properties, which hold the null explicitly and write <c>key: null</c> back. Nulls inside
/// lists and as dictionary values are kept. A null read into a non-nullable value type is an error.</para>
/// <para><b>Anchors.</b> Aliases are resolved by the loader; documents that redefine an anchor name load fine.
/// Merge keys (<c>&lt;&lt;: *defaults</c>) are expanded when reading into a model, as Helm does; a
/// <see cref="FreeForm"/> keeps them as written.</para>
/// </remarks>
public static class ValuesYaml
{
    /// <summary>Writes a value as a YAML node tree.</summary>
    public static YamlNode ToNode(IYamlWritable value) =>
        YamlNodeWriter.Write(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Reads a node into a <typeparamref name="T"/> (an explicit null is an error).</summary>
    /// <exception cref="ValuesYamlException">The YAML does not fit the type.</exception>
    public static T FromNode<T>(YamlNode node)
        where T : IYamlModel<T> =>
        T.ReadYaml(node ?? throw new ArgumentNullException(nameof(node)), new YamlPath());

    /// <summary>Parses one YAML document and reads it into a <typeparamref name="T"/>.</summary>
    /// <exception cref="ValuesYamlException">The text is not valid YAML or does not fit the type.</exception>
    public static T Deserialize<T>(string yaml)
        where T : IYamlModel<T> => FromNode<T>(Load(yaml));

    /// <summary>
    /// Parses one YAML document into a node tree (aliases resolved; an empty document is a null scalar).
    /// </summary>
    /// <exception cref="ValuesYamlException">The text is not valid YAML or holds several documents.</exception>
    public static YamlNode Load(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new ValuesYamlException($"invalid YAML: {exception.Message}", string.Empty, exception.Start, exception);
        }

        return stream.Documents.Count switch
        {
            0 => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
            1 => stream.Documents[0].RootNode,
            _ => throw new ValuesYamlException(
                $"expected one YAML document, found {stream.Documents.Count}", string.Empty, stream.Documents[1].RootNode.Start),
        };
    }
}
