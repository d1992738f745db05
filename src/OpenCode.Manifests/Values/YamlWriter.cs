using System.Diagnostics.CodeAnalysis;

namespace OpenCode.Manifests.Values;

/// <summary>
/// The target of generated serializers: a stream of YAML events in document order. A writer decides how a string
/// is quoted (<see cref="String"/>); a <see cref="Plain"/> scalar is text whose type is its spelling (a number, a
/// boolean). <see cref="YamlNodeWriter"/> builds a node tree; renderers may write text directly.
/// </summary>
public abstract class YamlWriter
{
    /// <summary>Starts a mapping; keys and values follow, then <see cref="EndMapping"/>.</summary>
    public abstract void BeginMapping();

    /// <summary>Ends the current mapping.</summary>
    public abstract void EndMapping();

    /// <summary>Starts a sequence; items follow, then <see cref="EndSequence"/>.</summary>
    public abstract void BeginSequence();

    /// <summary>Ends the current sequence.</summary>
    public abstract void EndSequence();

    /// <summary>Writes a mapping key (always read back as a string).</summary>
    public abstract void Key(string key);

    /// <summary>Writes a string: it must read back as this exact string, whatever it looks like.</summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    public abstract void String(string value);

    /// <summary>
    /// Writes text whose spelling is its meaning (a number such as <c>509</c> or <c>0.5</c>, <c>true</c>, or a Flux
    /// placeholder standing for one): it is written unquoted whenever YAML syntax allows.
    /// </summary>
    public abstract void Plain(string text);

    /// <summary>Writes an explicit YAML <c>null</c>.</summary>
    public abstract void Null();

    /// <summary>Writes a node tree held as data (a <see cref="FreeForm"/> value), keeping its scalars' styles.</summary>
    public abstract void Node(YamlDotNet.RepresentationModel.YamlNode node);
}
