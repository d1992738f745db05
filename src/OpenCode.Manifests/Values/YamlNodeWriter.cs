using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A <see cref="YamlWriter"/> that builds a YamlDotNet node tree. Strings become double-quoted-style nodes (the
/// renderer then picks the quoting: plain when nothing could misread it), plain text becomes plain-style nodes.
/// </summary>
public sealed class YamlNodeWriter : YamlWriter
{
    private readonly Stack<YamlNode> open = new();
    private readonly Stack<YamlScalarNode?> pendingKeys = new();
    private YamlNode? root;

    /// <summary>The node written, once the writer is back at the top level.</summary>
    /// <exception cref="InvalidOperationException">Nothing, or not a complete node, was written.</exception>
    public YamlNode Result => open.Count == 0 && root is not null
        ? root
        : throw new InvalidOperationException("The YAML writer holds no complete node.");

    /// <summary>Writes <paramref name="value"/> and returns its node tree.</summary>
    public static YamlNode Write(IYamlWritable value)
    {
        var writer = new YamlNodeWriter();
        value.WriteYaml(writer);
        return writer.Result;
    }

    /// <inheritdoc/>
    public override void BeginMapping() => Open(new YamlMappingNode());

    /// <inheritdoc/>
    public override void EndMapping() => Close<YamlMappingNode>();

    /// <inheritdoc/>
    public override void BeginSequence() => Open(new YamlSequenceNode());

    /// <inheritdoc/>
    public override void EndSequence() => Close<YamlSequenceNode>();

    /// <inheritdoc/>
    public override void Key(string key)
    {
        if (open.Count == 0 || open.Peek() is not YamlMappingNode || pendingKeys.Peek() is not null)
        {
            throw new InvalidOperationException($"A key ('{key}') can only start an entry of a mapping.");
        }

        pendingKeys.Pop();
        pendingKeys.Push(new YamlScalarNode(key) { Style = ScalarStyle.DoubleQuoted });
    }

    /// <inheritdoc/>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    public override void String(string value) => Add(new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted });

    /// <inheritdoc/>
    public override void Plain(string text) => Add(new YamlScalarNode(text) { Style = ScalarStyle.Plain });

    /// <inheritdoc/>
    public override void Null() => Add(new YamlScalarNode("null") { Style = ScalarStyle.Plain });

    /// <inheritdoc/>
    public override void Node(YamlNode node) => Add(YamlNodeCopy.Of(node));

    private void Open(YamlNode node)
    {
        Add(node);
        open.Push(node);
        pendingKeys.Push(null);
    }

    private void Close<T>()
        where T : YamlNode
    {
        if (open.Count == 0 || open.Peek() is not T || pendingKeys.Peek() is not null)
        {
            throw new InvalidOperationException($"No {typeof(T).Name} is open, or a key has no value.");
        }

        open.Pop();
        pendingKeys.Pop();
    }

    private void Add(YamlNode node)
    {
        if (open.Count == 0)
        {
            if (root is not null)
            {
                throw new InvalidOperationException("The YAML writer already holds a complete node.");
            }

            root = node;
            return;
        }

        switch (open.Peek())
        {
            case YamlSequenceNode sequence:
                sequence.Add(node);
                break;
            case YamlMappingNode mapping:
                var key = pendingKeys.Pop() ?? throw new InvalidOperationException("A mapping value needs a key first.");
                pendingKeys.Push(null);
                mapping.Add(key, node);
                break;
        }
    }
}
