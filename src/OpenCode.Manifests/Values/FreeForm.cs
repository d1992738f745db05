using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values.Writing;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Any YAML value — map, list, scalar or null — held as an immutable tree. This is <b>the one documented
/// free-form escape hatch</b> of the typed model: the generator uses it where a chart's schema says nothing
/// about a value's shape (<c>{}</c>, a bare <c>type: object</c>), and for the extra keys of open objects
/// (<see cref="YamlExtensionDataAttribute"/>). Everything else is typed; reach for this only when the schema
/// does.
/// </summary>
/// <remarks>
/// Equality is by meaning (<see cref="YamlSemantics"/>, strict): key order is ignored, <c>0x10</c> equals
/// <c>16</c>, <c>"1"</c> differs from <c>1</c>. <see cref="Null"/> is an explicit YAML null: a
/// <c>FreeForm</c> property holding it is written as <c>key: null</c>, whereas a property holding C#
/// <see langword="null"/> is omitted.
/// </remarks>
public sealed class FreeForm : IEquatable<FreeForm>
{
    private readonly YamlNode _node;

    private FreeForm(YamlNode node) => _node = node;

    /// <summary>An explicit YAML null.</summary>
    public static FreeForm Null { get; } = new(YamlNodes.Null());

    /// <summary>The shape of the value.</summary>
    public FreeFormKind Kind => _node switch
    {
        YamlMappingNode => FreeFormKind.Mapping,
        YamlSequenceNode => FreeFormKind.Sequence,
        _ when YamlCoreSchema.IsNull(_node) => FreeFormKind.Null,
        _ => FreeFormKind.Scalar,
    };

    /// <summary>True for an explicit YAML null.</summary>
    public bool IsNull => Kind == FreeFormKind.Null;

    /// <summary>The text of a scalar, or <see langword="null"/> for null, lists and maps.</summary>
    public string? Text => Kind == FreeFormKind.Scalar ? ((YamlScalarNode)_node).Value : null;

    /// <summary>The items of a list; empty for anything else.</summary>
    public IReadOnlyList<FreeForm> Items => _node is YamlSequenceNode sequence
        ? sequence.Children.Select(child => new FreeForm(child)).ToList()
        : Array.Empty<FreeForm>();

    /// <summary>The entries of a map in document order (keys as their scalar text); empty for anything else.</summary>
    public IReadOnlyList<KeyValuePair<string, FreeForm>> Entries => _node is YamlMappingNode mapping
        ? mapping.Children.Select(entry => new KeyValuePair<string, FreeForm>(KeyText(entry.Key), new FreeForm(entry.Value))).ToList()
        : Array.Empty<KeyValuePair<string, FreeForm>>();

    /// <summary>The value under <paramref name="key"/> in a map, or <see langword="null"/> when absent or not a map.</summary>
    public FreeForm? this[string key] => _node is YamlMappingNode mapping
        ? mapping.Children.Where(entry => KeyText(entry.Key) == key).Select(entry => new FreeForm(entry.Value)).FirstOrDefault()
        : null;

    /// <summary>The node this value wraps, shared and read-only by convention (no copy is made).</summary>
    internal YamlNode Node => _node;

    /// <summary>Parses one YAML document (an empty document is <see cref="Null"/>).</summary>
    /// <exception cref="ValuesYamlException">The text is not valid YAML or holds several documents.</exception>
    public static FreeForm Parse(string yaml) => new(YamlNodes.DeepClone(ValuesYaml.Load(yaml)));

    /// <summary>Wraps a copy of a YAML node.</summary>
    public static FreeForm FromNode(YamlNode node) =>
        new(YamlNodes.DeepClone(node ?? throw new ArgumentNullException(nameof(node))));

    /// <summary>
    /// Builds a value from .NET data: <see langword="null"/>, strings, numbers, booleans, dictionaries with
    /// string keys, lists/arrays, anonymous objects (keys are the property names as spelled), and any type
    /// <see cref="ValuesYaml"/> understands (model records, Kubernetes models, the runtime value types).
    /// </summary>
    /// <example><code>FreeForm.From(new { enabled = true, ports = new[] { 80, 443 } })</code></example>
    public static FreeForm From(object? value) => value switch
    {
        null => Null,
        FreeForm freeForm => freeForm,
        YamlNode node => FromNode(node),
        _ => new FreeForm(NodeWriter.Write(value, value.GetType(), new YamlPath())),
    };

    /// <summary>A deep copy of the value as a YAML node.</summary>
    public YamlNode ToNode() => YamlNodes.DeepClone(_node);

    /// <summary>Wraps a node read from YAML (copied, so aliases do not share state).</summary>
    internal static FreeForm Wrap(YamlNode node) => new(YamlNodes.DeepClone(node));

    /// <summary>Equality by meaning (strict YAML 1.2 semantics, key order ignored).</summary>
    public static bool operator ==(FreeForm? left, FreeForm? right) => Equals(left, right);

    /// <summary>Inequality by meaning.</summary>
    public static bool operator !=(FreeForm? left, FreeForm? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(FreeForm? other) =>
        other is not null && (ReferenceEquals(this, other) || YamlSemantics.Compare(_node, other._node, lenientScalars: false).AreEqual);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FreeForm);

    /// <inheritdoc/>
    public override int GetHashCode() => YamlSemantics.GetHashCode(_node);

    /// <summary>The value rendered as YAML (without the document marker).</summary>
    public override string ToString() => YamlRenderer.RenderFragment(_node).TrimEnd('\n');

    private static string KeyText(YamlNode key) =>
        key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : YamlRenderer.RenderFragment(key).TrimEnd('\n');
}
