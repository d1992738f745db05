namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Everything the emitter needs for one root schema, resolved and named: value-equal, so an edit elsewhere
/// that does not change this root's types leaves the emitted file cached.
/// </summary>
internal sealed record SchemaSpec(
    string HintName,
    string Namespace,
    string RootTypeName,
    string? ChartName,
    string SchemaPath,
    string SchemaFileName,
    EquatableArray<TypeSpec> Types,
    EquatableArray<string> FreeFormFields,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A definition library: every definition is a type, and there is no root type.</summary>
    public bool IsLibrary { get; init; }
}

internal enum TypeSpecKind
{
    Record,
    Enum,
    Union,
}

/// <summary>Documentation taken from the schema: its <c>description</c> and its <c>default</c> (as text).</summary>
internal sealed record DocSpec(string? Description, string? DefaultText, string FallbackSummary);

/// <summary>A top-level generated type: a record, an enum, or a closed union with nested variants.</summary>
internal sealed record TypeSpec(
    TypeSpecKind Kind,
    string Name,
    DocSpec Doc,
    EquatableArray<PropertySpec> Properties,
    bool HasExtensionData,
    EquatableArray<EnumMemberSpec> EnumMembers,
    EquatableArray<VariantSpec> Variants,
    EquatableArray<ConversionSpec> Conversions);

/// <summary>
/// One init-only property; <see cref="TypeText"/> is the full C# type, nullability included, and
/// <see cref="Type"/> how its value is read and written. A property with a <see cref="Constant"/> (a required
/// <c>const</c>, such as <c>apiVersion</c>) has no setter: it always holds, and writes, that value.
/// </summary>
internal sealed record PropertySpec(string Name, string YamlKey, string TypeText, bool Required, DocSpec Doc, TypeRef Type)
{
    public string? Constant { get; init; }
}

internal sealed record EnumMemberSpec(string Name, string YamlValue);

/// <summary>
/// A nested union variant. An object variant has properties (and possibly a discriminator); a wrapped variant
/// carries its non-object payload in a single <c>Value</c> property of type <see cref="WrappedTypeText"/>.
/// </summary>
internal sealed record VariantSpec(
    string Name,
    DocSpec Doc,
    string? DiscriminatorKey,
    string? DiscriminatorValue,
    bool DiscriminatorOptional,
    EquatableArray<PropertySpec> Properties,
    bool HasExtensionData,
    string? WrappedTypeText)
{
    /// <summary>How a wrapped variant's payload is read and written.</summary>
    public TypeRef? WrappedType { get; init; }
}

/// <summary>The emitted file of one root (no text when the spec could not be built) and what to report.</summary>
internal sealed record GeneratedSource(string HintName, string SchemaPath, string? Text, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The generated serializers' file (<c>….Yaml.g.cs</c>), emitted next to the types.</summary>
    public string? SerializerHintName { get; init; }

    /// <summary>The generated serializers.</summary>
    public string? SerializerText { get; init; }
}

/// <summary>An implicit conversion from a wrapped variant's payload type to the union.</summary>
internal sealed record ConversionSpec(string FromTypeText, string VariantName);
