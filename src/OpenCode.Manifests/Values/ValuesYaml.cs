using System;
using System.IO;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Reading;
using OpenCode.Manifests.Values.Writing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Converts between model objects and YAML. It reads the mapping attributes
/// (<see cref="YamlKeyAttribute"/>, <see cref="YamlUnionAttribute"/>, …) the values-schema generator emits,
/// KubernetesClient models (keys from <c>[JsonPropertyName]</c>), lists, string-keyed dictionaries, enums,
/// primitives and the runtime value types (<see cref="Integer"/>, <see cref="Number"/>, <see cref="Scalar"/>,
/// <see cref="StringOrList"/>, <see cref="IntegerOrString"/>, <see cref="FreeForm"/>). Per-type metadata is
/// computed by reflection once and cached.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> is strict: an unknown key on a closed object, a missing required key, a node of the wrong
/// kind, a value outside an enum or a union no variant matches is a <see cref="ValuesYamlException"/> with the
/// key path and the line and column — never a silent drop. Scalar types follow the YAML 1.2 core schema.</para>
/// <para><b>Nulls.</b> Null properties are omitted when writing. An explicit YAML null (<c>key: null</c>,
/// <c>key: ~</c>, <c>key:</c>) read into a nullable property sets it to null, so it is lost on the way back —
/// except for <see cref="FreeForm"/> and <see cref="Scalar"/> properties, which hold the null explicitly
/// (<see cref="FreeForm.Null"/>, <see cref="Scalar.Null"/>) and write <c>key: null</c> back. Nulls inside
/// lists and as dictionary values are kept. A null read into a non-nullable value type is an error.</para>
/// <para><b>Anchors.</b> Aliases are resolved by the loader; documents that redefine an anchor name load fine
/// (an alias refers to the nearest preceding definition). Merge keys (<c>&lt;&lt;: *defaults</c>) are expanded when
/// reading into a model, as Helm does; a <see cref="FreeForm"/> keeps them as written.</para>
/// </remarks>
public static class ValuesYaml
{
    /// <summary>Writes a value as a YAML node (null becomes a <c>null</c> scalar).</summary>
    public static YamlNode ToNode(object? value) =>
        value is null ? YamlNodes.Null() : NodeWriter.Write(value, value.GetType(), new YamlPath());

    /// <summary>Reads a node into a <typeparamref name="T"/>.</summary>
    /// <exception cref="ValuesYamlException">The YAML does not fit the type.</exception>
    public static T FromNode<T>(YamlNode node) => (T)FromNode(node, typeof(T))!;

    /// <summary>Reads a node into a value of <paramref name="type"/>.</summary>
    /// <exception cref="ValuesYamlException">The YAML does not fit the type.</exception>
    public static object? FromNode(YamlNode node, Type type)
    {
        if (node is null) throw new ArgumentNullException(nameof(node));
        if (type is null) throw new ArgumentNullException(nameof(type));
        return NodeReader.Read(node, type, new YamlPath());
    }

    /// <summary>Renders a value as a YAML document with the project's conventions (<see cref="YamlRenderer"/>).</summary>
    public static string Serialize(object value, YamlRenderOptions? options = null) =>
        YamlRenderer.Render(ToNode(value ?? throw new ArgumentNullException(nameof(value))), options);

    /// <summary>Parses one YAML document and reads it into a <typeparamref name="T"/>.</summary>
    /// <exception cref="ValuesYamlException">The text is not valid YAML or does not fit the type.</exception>
    public static T Deserialize<T>(string yaml) => FromNode<T>(Load(yaml));

    /// <summary>
    /// Parses one YAML document into a node tree (aliases resolved; an empty document is a null scalar).
    /// This is how <see cref="Deserialize{T}"/> loads text, for callers that compare documents.
    /// </summary>
    /// <exception cref="ValuesYamlException">The text is not valid YAML or holds several documents.</exception>
    public static YamlNode Load(string yaml)
    {
        if (yaml is null) throw new ArgumentNullException(nameof(yaml));
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
            0 => YamlNodes.Null(),
            1 => stream.Documents[0].RootNode,
            _ => throw new ValuesYamlException(
                $"expected one YAML document, found {stream.Documents.Count}", string.Empty, stream.Documents[1].RootNode.Start),
        };
    }
}
