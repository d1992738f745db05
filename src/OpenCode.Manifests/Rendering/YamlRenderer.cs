using System;
using System.IO;
using System.Text;
using OpenCode.Manifests.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using ScalarEvent = YamlDotNet.Core.Events.Scalar;

namespace OpenCode.Manifests.Rendering;

/// <summary>
/// Renders a YAML document with the project's conventions, using YamlDotNet's <see cref="Emitter"/> (fed events
/// from a walk of the node tree; no YAML is assembled from strings here):
/// header comment lines, then <c>---</c>; two-space indentation; block style (empty collections as
/// <c>{}</c>/<c>[]</c>); sequences indented under their key (<c>key:\n  - item</c>, yamllint's default);
/// no line wrapping; LF line endings; no trailing spaces; a final newline. The output depends only on the
/// input tree. Anchors are not written: aliased nodes are written out in full at each use.
/// </summary>
/// <remarks>
/// Scalars keep their meaning: a plain scalar that is a number, boolean or null is written plain as it is
/// spelled (an empty one as <c>null</c>); a plain string that is safe to write plain stays plain exactly as
/// authored; every other string follows the project's single quoting rule — literal block for multi-line
/// text, plain when it cannot be mistaken for another type under YAML 1.2 or 1.1 and has no special
/// characters, otherwise double-quoted (never single-quoted). Explicit core-schema tags (<c>!!str</c>, …)
/// are dropped since the style already conveys the type; other tags are kept.
/// </remarks>
public static class YamlRenderer
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private static readonly EmitterSettings Settings = EmitterSettings.Default
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue)
        .WithIndentedSequences()
        .WithNewLine("\n");

    /// <summary>Renders a node as a YAML document.</summary>
    public static string Render(YamlNode node, YamlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        options ??= YamlRenderOptions.Default;
        var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        // Home-ops files start with "---" and put the yaml-language-server line right under it.
        emitter.Emit(new DocumentStart(null, null, isImplicit: !options.ExplicitDocumentStart));
        foreach (var comment in options.HeaderComments)
        {
            if (comment.IndexOfAny(['\n', '\r']) >= 0)
            {
                throw new ArgumentException($"Header comment '{comment}' spans several lines; pass one line per entry.", nameof(options));
            }

            emitter.Emit(new Comment(comment, isInline: false)); // the emitter writes "# " + text
        }

        EmitNode(emitter, node, isKey: false);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return Normalize(writer.ToString());
    }

    /// <summary>Renders a model value (through its generated serializer) as a YAML document.</summary>
    public static string Render(IYamlWritable value, YamlRenderOptions? options = null) =>
        Render(ValuesYaml.ToNode(value), options);

    /// <summary>Renders a node as UTF-8 bytes without a byte-order mark, ready to be written to a file.</summary>
    public static byte[] RenderUtf8(YamlNode node, YamlRenderOptions? options = null) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(node, options));

    /// <summary>Renders a node without the document marker, e.g. for diagnostics and <c>ToString</c>.</summary>
    internal static string RenderFragment(YamlNode node) =>
        Render(node, new YamlRenderOptions { ExplicitDocumentStart = false });

    private static void EmitNode(IEmitter emitter, YamlNode node, bool isKey)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                emitter.Emit(ToScalarEvent(scalar, isKey));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, KeptTag(sequence.Tag), isImplicit: KeptTag(sequence.Tag).IsEmpty, SequenceStyle.Block));
                foreach (var child in sequence.Children)
                {
                    EmitNode(emitter, child, isKey: false);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, KeptTag(mapping.Tag), isImplicit: KeptTag(mapping.Tag).IsEmpty, MappingStyle.Block));
                foreach (var entry in mapping.Children)
                {
                    EmitNode(emitter, entry.Key, isKey: true);
                    EmitNode(emitter, entry.Value, isKey: false);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentException($"Unsupported YAML node {node.GetType().Name}.", nameof(node));
        }
    }

    private static ScalarEvent ToScalarEvent(YamlScalarNode node, bool isKey)
    {
        var text = node.Value ?? string.Empty;
        var tag = KeptTag(node.Tag);
        var type = YamlCoreSchema.Resolve(node);
        ScalarStyle style;
        if (type != YamlScalarType.String)
        {
            // A number, boolean or null: its plain spelling is its meaning. An explicit core tag on a quoted
            // scalar (!!int "3") is honoured by writing the text plain.
            if (type == YamlScalarType.Null && text.Length == 0)
            {
                text = "null";
            }

            style = ScalarStyle.Plain;
            if (YamlCoreSchema.ResolvePlain(text) != type)
            {
                // The text alone would not resolve to the tagged type (!!int "abc"): keep the tag.
                tag = node.Tag;
                style = ScalarStyle.DoubleQuoted;
            }
        }
        else if (YamlCoreSchema.IsPlainStyle(node.Style) && node.Tag.IsEmpty && ScalarStyleRule.IsSyntacticallyPlainSafe(text))
        {
            // A string authored plain stays plain: keeps what YAML 1.1 readers see (a plain "yes") unchanged.
            style = ScalarStyle.Plain;
        }
        else
        {
            style = isKey ? ScalarStyleRule.ForKey(text) : ScalarStyleRule.ForString(text);
        }

        var isPlain = style == ScalarStyle.Plain;
        return new ScalarEvent(AnchorName.Empty, tag, text, style, isPlainImplicit: isPlain && tag.IsEmpty, isQuotedImplicit: !isPlain && tag.IsEmpty);
    }

    private static TagName KeptTag(TagName tag) =>
        tag.IsEmpty || tag.Value == "!" || tag.Value.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? TagName.Empty : tag;

    private static string Normalize(string text)
    {
        // The emitter already writes LF (configured above) and no trailing blanks; this guarantees exactly one
        // final newline whatever the document ends with.
        return text.Length == 0 || text[text.Length - 1] != '\n' ? text + "\n" : text;
    }
}
