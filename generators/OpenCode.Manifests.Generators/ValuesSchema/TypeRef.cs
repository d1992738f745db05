namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>How the serializers treat a C# type.</summary>
internal enum TypeRefKind
{
    /// <summary><c>string</c>: any scalar's text.</summary>
    String,

    /// <summary>A type that reads and writes itself (<c>IYamlModel&lt;T&gt;</c>): runtime value types, generated
    /// records and unions, Kubernetes types, types named by <c>x-csharp-type</c>.</summary>
    Model,

    /// <summary>A generated enum of this root (spelled by a file-local helper).</summary>
    Enum,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>Dictionary&lt;string, T&gt;</c>.</summary>
    Map,
}

/// <summary>The node kinds a type is read from (mirrors the runtime's <c>YamlNodeKinds</c>).</summary>
[System.Flags]
internal enum NodeKinds
{
    None = 0,
    Scalar = 1,
    Sequence = 2,
    Mapping = 4,
    Any = Scalar | Sequence | Mapping,
}

/// <summary>
/// A C# type as the serializer emitter needs it: what kind of code reads and writes it, its name, its element
/// (lists and maps), whether the reference is nullable and whether the type is a value type. Value-equal.
/// </summary>
/// <param name="Kind">How it is read and written.</param>
/// <param name="Name">The fully qualified type name (for lists and maps: empty).</param>
/// <param name="Element">The item or value type of a list or map.</param>
/// <param name="Nullable">The use is nullable (<c>T?</c>).</param>
/// <param name="IsValueType">The type is a struct or enum.</param>
/// <param name="HandlesNull">The type holds an explicit YAML null itself (<c>FreeForm</c>, <c>Scalar</c>).</param>
/// <param name="Accepts">The node kinds the type is read from (unions: filled in by the emitter).</param>
/// <param name="IsUnion">A generated union (its node kinds depend on its variants).</param>
internal sealed record TypeRef(
    TypeRefKind Kind,
    string Name,
    TypeRef? Element,
    bool Nullable,
    bool IsValueType,
    bool HandlesNull,
    NodeKinds Accepts,
    bool IsUnion)
{
    private const string ListType = "global::System.Collections.Generic.List<";
    private const string DictionaryType = "global::System.Collections.Generic.Dictionary<string, ";

    /// <summary>The C# type without the nullable marker.</summary>
    public string Text => Kind switch
    {
        TypeRefKind.List => ListType + Element!.TextWithNullability + ">",
        TypeRefKind.Map => DictionaryType + Element!.TextWithNullability + ">",
        _ => Name,
    };

    /// <summary>The C# type, <c>?</c> included when nullable.</summary>
    public string TextWithNullability => Nullable ? Text + "?" : Text;

    public TypeRef AsNullable(bool nullable) => this with { Nullable = nullable };

    public static TypeRef Model(string name, bool isValueType, NodeKinds accepts, bool handlesNull = false, bool isUnion = false) =>
        new(TypeRefKind.Model, name, null, false, isValueType, handlesNull, accepts, isUnion);

    public static TypeRef String() => new(TypeRefKind.String, "string", null, false, false, false, NodeKinds.Scalar, false);

    public static TypeRef Enum(string name) => new(TypeRefKind.Enum, name, null, false, true, false, NodeKinds.Scalar, false);

    public static TypeRef List(TypeRef element) => new(TypeRefKind.List, string.Empty, element, false, false, false, NodeKinds.Sequence, false);

    public static TypeRef Map(TypeRef element) => new(TypeRefKind.Map, string.Empty, element, false, false, false, NodeKinds.Mapping, false);
}
