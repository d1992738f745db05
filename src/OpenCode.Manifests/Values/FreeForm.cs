using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections;
using System.Globalization;
using System.IO;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Any YAML value — map, list, scalar or null — held as an immutable tree. This is <b>the one documented
/// free-form escape hatch</b> of the typed model: the generator uses it where a chart's schema says nothing
/// about a value's shape (<c>{}</c>, a bare <c>type: object</c>), and for the extra keys of open objects
/// (the generated <c>AdditionalValues</c> dictionaries). Everything else is typed; reach for this only when the
/// schema does.
/// </summary>
/// <remarks>
/// Equality is by meaning as Flux reads it (<see cref="YamlEquality"/>): key order is ignored, <c>0x10</c> equals
/// <c>16</c>, <c>"1"</c> differs from <c>1</c>. <see cref="Null"/> is an explicit YAML null: a
/// <c>FreeForm</c> property holding it is written as <c>key: null</c>, whereas a property holding C#
/// <see langword="null"/> is omitted.
/// </remarks>
public sealed class FreeForm : IEquatable<FreeForm>, IYamlModel<FreeForm>
{
    private readonly YamlNode _node;

    private FreeForm(YamlNode node) => _node = node;

    /// <summary>An explicit YAML null.</summary>
    public static FreeForm Null { get; } = new(new YamlScalarNode("null") { Style = YamlDotNet.Core.ScalarStyle.Plain });

    /// <summary>The shape of the value.</summary>
    public FreeFormKind Kind => _node switch
    {
        YamlMappingNode => FreeFormKind.Mapping,
        YamlSequenceNode => FreeFormKind.Sequence,
        _ when YamlScalars.IsNull(_node) => FreeFormKind.Null,
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
    public static FreeForm Parse(string yaml) => new(YamlNodeCopy.Of(ValuesYaml.Load(yaml)));

    /// <summary>Wraps a copy of a YAML node.</summary>
    public static FreeForm FromNode(YamlNode node) =>
        new(YamlNodeCopy.Of(node ?? throw new ArgumentNullException(nameof(node))));

    /// <summary>
    /// Builds a value from .NET data: <see langword="null"/>, strings, numbers, booleans, dictionaries with string
    /// keys, lists/arrays, and any model value (<see cref="IYamlWritable"/>: generated records, the runtime value
    /// types).
    /// </summary>
    /// <example><code>FreeForm.From(new Dictionary&lt;string, object?&gt; { ["enabled"] = true, ["ports"] = new[] { 80, 443 } })</code></example>
    /// <exception cref="ArgumentException">A value of another type (it has no YAML form this library knows).</exception>
    public static FreeForm From(object? value) => value switch
    {
        null => Null,
        FreeForm freeForm => freeForm,
        YamlNode node => FromNode(node),
        _ => new FreeForm(NodeOf(value)),
    };

    /// <summary>A deep copy of the value as a YAML node.</summary>
    public YamlNode ToNode() => YamlNodeCopy.Of(_node);

    /// <summary>Reads any node (copied, so aliases do not share state); an explicit null is <see cref="Null"/>.</summary>
    public static FreeForm ReadYaml(YamlNode node, YamlPath path) => YamlScalars.IsNull(node) ? Null : new(YamlNodeCopy.Of(node));

    /// <summary>Writes the tree as it is held.</summary>
    public void WriteYaml(YamlWriter writer) => writer.Node(_node);

    /// <summary>Equality by meaning (strict YAML 1.2 semantics, key order ignored).</summary>
    public static bool operator ==(FreeForm? left, FreeForm? right) => Equals(left, right);

    /// <summary>Inequality by meaning.</summary>
    public static bool operator !=(FreeForm? left, FreeForm? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(FreeForm? other) =>
        other is not null && (ReferenceEquals(this, other) || YamlEquality.AreEqual(_node, other._node));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FreeForm);

    /// <inheritdoc/>
    public override int GetHashCode() => YamlEquality.GetHashCode(_node);

    /// <summary>The value as YAML text (YamlDotNet's own rendering; for messages and debugging).</summary>
    public override string ToString() => Text ?? Render(_node);

    private static string KeyText(YamlNode key) =>
        key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : Render(key);

    private static string Render(YamlNode node)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(YamlNodeCopy.Of(node))).Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n").TrimEnd('\n');
    }

    private static YamlNode NodeOf(object value)
    {
        switch (value)
        {
            case IYamlWritable model:
                return YamlNodeWriter.Write(model);
            case string text:
                return new YamlScalarNode(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
            case bool flag:
                return Plain(flag ? "true" : "false");
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Plain(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case double number:
                return Plain(Number.FormatDouble(number));
            case float number:
                return Plain(Number.FormatDouble(number));
            case decimal number:
                return Plain(number.ToString(CultureInfo.InvariantCulture));
            case IDictionary dictionary:
                var mapping = new YamlMappingNode();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string ?? throw new ArgumentException($"A dictionary key must be a string, not {entry.Key.GetType().Name}.", nameof(value));
                    mapping.Add(new YamlScalarNode(key) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }, entry.Value is null ? Plain("null") : NodeOf(entry.Value));
                }

                return mapping;
            case IEnumerable items:
                var sequence = new YamlSequenceNode();
                foreach (var item in items)
                {
                    sequence.Add(item is null ? Plain("null") : NodeOf(item));
                }

                return sequence;
            default:
                throw new ArgumentException($"{value.GetType().Name} has no YAML form: pass a model value, a dictionary, a list or a scalar.", nameof(value));
        }
    }

    private static YamlScalarNode Plain(string text) => new(text) { Style = YamlDotNet.Core.ScalarStyle.Plain };
}
