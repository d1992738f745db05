using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Builds the <see cref="SchemaSpec"/> of one root schema: classifies nodes, names and declares the types they
/// need (each schema node at most once), and records free-form fields and diagnostics.
/// </summary>
internal sealed class SpecBuilder
{
    public const string ValuesNamespace = "global::OpenCode.Manifests.Values.";
    private const string FreeFormType = ValuesNamespace + "FreeForm";
    private const string ListType = "global::System.Collections.Generic.List<";
    private const string DictionaryType = "global::System.Collections.Generic.Dictionary<string, ";

    private readonly SchemaDocument _root;
    private readonly SchemaClassifier _classifier;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly string _namespacePrefix;

    private readonly List<TypeSpec?> _types = new();
    private readonly Queue<PendingType> _pending = new();
    private readonly Dictionary<string, TypeUse> _namedTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unnamedInProgress = new(StringComparer.Ordinal);
    private readonly List<string> _freeFormFields = new();

    private SpecBuilder(SchemaDocument root, SchemaDocumentSet all, KubernetesModelCatalog kubernetesModels, CancellationToken cancellationToken)
    {
        _root = root;
        _diagnostics = new DiagnosticBag();
        _classifier = new SchemaClassifier(new RefResolver(all.Documents), kubernetesModels, _diagnostics);
        _cancellationToken = cancellationToken;
        _namespacePrefix = "global::" + root.Namespace + ".";
    }

    public static SchemaSpec Build(SchemaDocument root, SchemaDocumentSet all, KubernetesModelCatalog kubernetesModels, CancellationToken cancellationToken) =>
        new SpecBuilder(root, all, kubernetesModels, cancellationToken).Build();

    public static string HintNameFor(SchemaDocument root) =>
        root.Namespace + "." + (root.IsLibrary ? LibraryName(root) : root.RootType) + ".g.cs";

    /// <summary>A definition library's name: its file name up to the first dot, PascalCased.</summary>
    private static string LibraryName(SchemaDocument root) => Naming.ToPascalCase(FileStem(root.FileName)) + "Schema";

    private SchemaSpec Build()
    {
        if (_root.IsLibrary)
        {
            return BuildLibrary();
        }

        var rootName = _root.RootType!;
        _typeNames.Add(rootName);
        _typeNames.Add(rootName + "Schema");

        var rootNode = new SchemaNode(_root, _root.Root!, string.Empty);
        var shape = _classifier.Classify(rootNode);
        if (shape.IsNamed)
        {
            DeclareNamedType(shape, rootName, forcedName: rootName);
        }
        else
        {
            _diagnostics.Add(
                DiagnosticDescriptors.UnsupportedConstruct,
                _root.Path,
                _root.Root!.Span,
                "the root schema does not describe an object; '" + rootName + "' is generated as an open record with only AdditionalValues");
            _types.Add(new TypeSpec(
                TypeSpecKind.Record,
                rootName,
                DocOf(rootNode, "The values of the chart."),
                EquatableArray<PropertySpec>.Empty,
                HasExtensionData: true,
                EquatableArray<EnumMemberSpec>.Empty,
                EquatableArray<VariantSpec>.Empty,
                EquatableArray<ConversionSpec>.Empty));
        }

        while (_pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var pending = _pending.Dequeue();
            _types[pending.Slot] = BuildType(pending.Shape, pending.Name);
        }

        return new SchemaSpec(
            HintNameFor(_root),
            _root.Namespace!,
            rootName,
            string.IsNullOrEmpty(_root.ChartName) ? null : _root.ChartName,
            _root.Path,
            _root.FileName,
            _types.Select(t => t!).ToEquatableArray(),
            _freeFormFields.ToEquatableArray(),
            _diagnostics.Items.ToEquatableArray());
    }

    /// <summary>
    /// A definition library: every definition that is an object, enum or union becomes a type named by its key
    /// (reserved first, so inline types named after their parents never take a definition's name).
    /// </summary>
    private SchemaSpec BuildLibrary()
    {
        var rootNode = new SchemaNode(_root, _root.Root!, string.Empty);
        var definitions = new List<(SchemaNode Node, string Name)>();
        foreach (var keyword in new[] { "definitions", "$defs" })
        {
            if (_root.Root![keyword] is not { IsObject: true } container)
            {
                continue;
            }

            var containerNode = rootNode.Child(keyword, container);
            foreach (var definition in container.Properties)
            {
                var name = Naming.ToPascalCase(definition.Name);
                if (Naming.IsValidTypeName(name) && _typeNames.Add(name))
                {
                    definitions.Add((containerNode.Child(definition.Name, definition.Value), name));
                }
                else
                {
                    _diagnostics.Add(DiagnosticDescriptors.TypeNameCollision, _root.Path, definition.NameSpan, definition.Name, "(not generated)");
                }
            }
        }

        foreach (var (node, name) in definitions)
        {
            var shape = _classifier.Classify(node);
            if (shape.IsNamed && shape.Node.Key == node.Key)
            {
                DeclareNamedType(shape, name, forcedName: name);
            }
        }

        while (_pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var pending = _pending.Dequeue();
            _types[pending.Slot] = BuildType(pending.Shape, pending.Name);
        }

        return new SchemaSpec(
            HintNameFor(_root),
            _root.Namespace!,
            LibraryName(_root),
            null,
            _root.Path,
            _root.FileName,
            _types.Select(t => t!).ToEquatableArray(),
            _freeFormFields.ToEquatableArray(),
            _diagnostics.Items.ToEquatableArray()) { IsLibrary = true };
    }

    private TypeUse Resolve(SchemaNode node, string nameHint) => Realize(_classifier.Classify(node), nameHint);

    private TypeUse Realize(SchemaShape shape, string nameHint)
    {
        TypeRef type;
        switch (shape.Kind)
        {
            case ShapeKind.String:
                type = TypeRef.String();
                break;
            case ShapeKind.Boolean:
                type = TypeRef.Model(ValuesNamespace + "Flag", isValueType: true, NodeKinds.Scalar);
                break;
            case ShapeKind.Integer:
                type = TypeRef.Model(ValuesNamespace + "Integer", isValueType: true, NodeKinds.Scalar);
                break;
            case ShapeKind.Number:
                type = TypeRef.Model(ValuesNamespace + "Number", isValueType: true, NodeKinds.Scalar);
                break;
            case ShapeKind.Scalar:
                type = TypeRef.Model(ValuesNamespace + "Scalar", isValueType: true, NodeKinds.Scalar, handlesNull: true);
                break;
            case ShapeKind.StringOrList:
                type = TypeRef.Model(ValuesNamespace + "StringOrList", isValueType: false, NodeKinds.Scalar | NodeKinds.Sequence);
                break;
            case ShapeKind.IntegerOrString:
                type = TypeRef.Model(ValuesNamespace + "IntegerOrString", isValueType: true, NodeKinds.Scalar);
                break;
            case ShapeKind.Kubernetes:
                var handWritten = KubernetesModels.IsHandWrittenValueType(shape.KubernetesType!);
                type = TypeRef.Model(KubernetesModels.ModelNamespace + shape.KubernetesType, handWritten, handWritten ? NodeKinds.Scalar : NodeKinds.Mapping);
                break;
            case ShapeKind.Custom:
                type = TypeRef.Model(shape.CustomType!, shape.CustomIsValueType, NodeKinds.Any);
                break;
            case ShapeKind.Array:
                type = TypeRef.List(RealizeElement(shape, nameHint + "Item"));
                break;
            case ShapeKind.Map:
                type = TypeRef.Map(RealizeElement(shape, nameHint + "Item"));
                break;
            case ShapeKind.Object:
            case ShapeKind.Enum:
            case ShapeKind.Union:
                type = DeclareNamedType(shape, nameHint, forcedName: null).Type;
                break;
            default:
                type = FreeFormRef;
                break;
        }

        return new TypeUse(type, shape.Nullable);
    }

    private static TypeRef FreeFormRef => TypeRef.Model(FreeFormType, isValueType: false, NodeKinds.Any, handlesNull: true);

    private TypeRef RealizeElement(SchemaShape container, string nameHint)
    {
        if (container.Element is null)
        {
            return FreeFormRef;
        }

        // A list or map whose items are that same list or map (through $ref) has no finite C# type.
        var key = container.Node.Key;
        if (!_unnamedInProgress.Add(key))
        {
            _diagnostics.Add(
                DiagnosticDescriptors.UnsupportedConstruct,
                container.Node.Document.Path,
                container.Node.Value.Span,
                "a list or map that contains itself has no C# type; its items are generated as FreeForm");
            return FreeFormRef;
        }

        try
        {
            return Resolve(container.Element, nameHint).TypeWithNullability;
        }
        finally
        {
            _unnamedInProgress.Remove(key);
        }
    }

    private TypeUse DeclareNamedType(SchemaShape shape, string nameHint, string? forcedName)
    {
        var key = shape.Node.Key;
        if (_namedTypes.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var name = forcedName ?? AllocateTypeName(shape, nameHint);
        var qualified = _namespacePrefix + name;
        var use = new TypeUse(
            shape.Kind switch
            {
                ShapeKind.Enum => TypeRef.Enum(qualified),
                ShapeKind.Union => TypeRef.Model(qualified, isValueType: false, NodeKinds.Any, isUnion: true),
                _ => TypeRef.Model(qualified, isValueType: false, NodeKinds.Mapping),
            },
            false);
        _namedTypes[key] = use;
        _pending.Enqueue(new PendingType(shape, name, _types.Count));
        _types.Add(null);
        return use;
    }

    private string AllocateTypeName(SchemaShape shape, string nameHint)
    {
        var desired = PreferredName(shape) ?? nameHint;
        if (_typeNames.Add(desired))
        {
            return desired;
        }

        // A definition from another file clashing with one of ours ("instance" is in every app-template part):
        // qualify it with its file's name before resorting to a number.
        if (shape.DefinitionName is not null && shape.Node.Document.NormalizedPath != _root.NormalizedPath)
        {
            var qualified = Naming.ToPascalCase(FileStem(shape.Node.Document.FileName)) + desired;
            if (_typeNames.Add(qualified))
            {
                return qualified;
            }
        }

        var suffixed = Naming.WithNumericSuffix(desired, _typeNames);
        _typeNames.Add(suffixed);
        _diagnostics.Add(DiagnosticDescriptors.TypeNameCollision, shape.Node.Document.Path, NameSpan(shape.Node), desired, suffixed);
        return suffixed;
    }

    private static string? PreferredName(SchemaShape shape)
    {
        if (shape.Node.Value.GetString("title") is { } title && Naming.IsValidTypeName(title))
        {
            return Naming.ToPascalCase(title);
        }

        return shape.DefinitionName is { } definition ? Naming.ToPascalCase(definition) : null;
    }

    private static string FileStem(string fileName)
    {
        var dot = fileName.IndexOf('.');
        return dot <= 0 ? fileName : fileName.Substring(0, dot);
    }

    private TypeSpec BuildType(SchemaShape shape, string name)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var doc = DocOf(shape.Node, FallbackTypeSummary(shape));
        switch (shape.Kind)
        {
            case ShapeKind.Enum:
                return new TypeSpec(
                    TypeSpecKind.Enum,
                    name,
                    doc,
                    EquatableArray<PropertySpec>.Empty,
                    false,
                    BuildEnumMembers(shape.EnumValues!),
                    EquatableArray<VariantSpec>.Empty,
                    EquatableArray<ConversionSpec>.Empty);
            case ShapeKind.Union:
                return BuildUnion(shape, name, doc);
            default:
                var parts = shape.Object!;
                var properties = BuildProperties(parts, name, name, new HashSet<string>(StringComparer.Ordinal) { name }, discriminatorKey: null);
                return new TypeSpec(
                    TypeSpecKind.Record,
                    name,
                    doc,
                    properties.ToEquatableArray(),
                    HasExtensionData: !parts.Closed && properties.Count > 0,
                    EquatableArray<EnumMemberSpec>.Empty,
                    EquatableArray<VariantSpec>.Empty,
                    EquatableArray<ConversionSpec>.Empty);
        }
    }

    private static EquatableArray<EnumMemberSpec> BuildEnumMembers(List<string> values)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberSpec>();
        foreach (var value in values)
        {
            var memberName = value.Length == 0 ? "Empty" : Naming.ToIdentifier(value);
            memberName = Naming.WithNumericSuffix(memberName, used);
            used.Add(memberName);
            members.Add(new EnumMemberSpec(memberName, value));
        }

        return members.ToEquatableArray();
    }

    /// <param name="discriminatorKey">A union variant's discriminating key: left out when the variant requires it (the
    /// attribute carries it), else a plain <c>string?</c> property whatever its schema says.</param>
    private List<PropertySpec> BuildProperties(ObjectParts parts, string ownerName, string displayOwner, HashSet<string> forbiddenNames, string? discriminatorKey)
    {
        var used = new HashSet<string>(forbiddenNames, StringComparer.Ordinal);
        var properties = new List<PropertySpec>();
        foreach (var key in parts.Order)
        {
            var isDiscriminator = key == discriminatorKey;
            if (isDiscriminator && parts.Required.Contains(key))
            {
                continue;
            }

            var nodes = parts.Properties[key];
            var effective = nodes.FirstOrDefault(n => SchemaClassifier.HasShape(n.Value)) ?? nodes[0];

            var propertyName = Naming.ToIdentifier(key);
            if (forbiddenNames.Contains(propertyName) || Naming.IsReservedMemberName(propertyName) || propertyName == "AdditionalValues")
            {
                propertyName += "Value";
            }

            propertyName = Naming.WithNumericSuffix(propertyName, used);
            used.Add(propertyName);

            var type = isDiscriminator ? new TypeUse(TypeRef.String(), true) : Resolve(effective, ownerName + Naming.ToPascalCase(key));
            var required = parts.Required.Contains(key);
            var nullable = !(required && !type.Nullable);
            var typeText = nullable ? type.Text + "?" : type.Text;
            if (type.Text.Contains(FreeFormType))
            {
                _freeFormFields.Add(displayOwner + "." + propertyName);
            }

            // A required constant (apiVersion, kind) is not the user's to set: a get-only property that always writes it.
            var constant = !isDiscriminator && required && type.Type.Kind == TypeRefKind.String
                ? nodes.Select(n => _classifier.Dereference(n).Value.GetString("const")).FirstOrDefault(c => c is not null)
                : null;
            properties.Add(new PropertySpec(propertyName, key, typeText, required, DocOfProperty(nodes, key), type.Type.AsNullable(nullable)) { Constant = constant });
        }

        return properties;
    }

    /// <summary>The C# types <c>Scalar</c> has implicit conversions from.</summary>
    private static readonly string[] ScalarLiteralTypes = { "string", "int", "long", "double", "bool" };

    private TypeSpec BuildUnion(SchemaShape shape, string name, DocSpec doc)
    {
        var branches = shape.Branches!;
        var discriminator = shape.DiscriminatorKey;

        var variantNames = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal) { name };
        for (var i = 0; i < branches.Count; i++)
        {
            var desired = VariantName(branches[i], discriminator, i);
            var unique = Naming.WithNumericSuffix(desired, taken);
            if (unique != desired)
            {
                _diagnostics.Add(DiagnosticDescriptors.TypeNameCollision, branches[i].Node.Document.Path, NameSpan(branches[i].Node), name + "." + desired, name + "." + unique);
            }

            taken.Add(unique);
            variantNames.Add(unique);
        }

        var variants = new List<VariantSpec>();
        var conversions = new List<ConversionSpec>();
        var scalarVariants = new List<string>();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var variantName = variantNames[i];
            var variantDoc = DocOf(branch.Node, "The <c>" + variantName + "</c> form of <see cref=\"" + name + "\"/>.");
            if (branch.Kind == ShapeKind.Object)
            {
                var parts = branch.Object!;
                string? discriminatorValue = null;
                var optional = false;
                if (discriminator is not null)
                {
                    discriminatorValue = parts.Properties[discriminator].Select(_classifier.ConstantOf).First(c => c is not null);
                    optional = !parts.Required.Contains(discriminator);
                }

                var forbidden = new HashSet<string>(taken, StringComparer.Ordinal) { variantName };
                var properties = BuildProperties(parts, variantName, name + "." + variantName, forbidden, discriminator);
                variants.Add(new VariantSpec(
                    variantName,
                    variantDoc,
                    discriminator,
                    discriminatorValue,
                    optional,
                    properties.ToEquatableArray(),
                    !parts.Closed && properties.Count > 0,
                    WrappedTypeText: null));
            }
            else
            {
                var payload = Realize(branch, name + variantName);
                if (payload.Text.Contains(FreeFormType))
                {
                    _freeFormFields.Add(name + "." + variantName + ".Value");
                }

                variants.Add(new VariantSpec(
                    variantName,
                    variantDoc,
                    null,
                    null,
                    false,
                    EquatableArray<PropertySpec>.Empty,
                    false,
                    payload.TextWithNullability) { WrappedType = payload.TypeWithNullability });
                conversions.Add(new ConversionSpec(payload.Text, variantName));
                if (payload.Text == ValuesNamespace + "Scalar")
                {
                    scalarVariants.Add(variantName);
                }
            }
        }

        // C# allows one user-defined conversion per source type, and none from the union's own type; a payload
        // type shared by two variants would make either choice a guess, so both are left out.
        var ownType = _namespacePrefix + name;
        var unambiguous = conversions
            .Where(c => c.FromTypeText != ownType && conversions.Count(other => other.FromTypeText == c.FromTypeText) == 1)
            .Where(c => variants.First(v => v.Name == c.VariantName).WrappedTypeText == c.FromTypeText)
            .ToList();

        // A lone variant wrapping a Scalar also takes the C# literals Scalar converts from, so an entry reads like
        // the YAML (`["TZ"] = "UTC"`): C# applies one user-defined conversion, so Scalar's own would not chain.
        if (scalarVariants.Count == 1)
        {
            foreach (var literal in ScalarLiteralTypes.Where(t => conversions.All(c => c.FromTypeText != t)))
            {
                unambiguous.Add(new ConversionSpec(literal, scalarVariants[0]));
            }
        }

        return new TypeSpec(
            TypeSpecKind.Union,
            name,
            doc,
            EquatableArray<PropertySpec>.Empty,
            false,
            EquatableArray<EnumMemberSpec>.Empty,
            variants.ToEquatableArray(),
            unambiguous.ToEquatableArray());
    }

    private string VariantName(SchemaShape branch, string? discriminator, int index)
    {
        // A schema author's explicit title names the variant as written; a name borrowed from a definition key
        // gets a "Value" suffix on wrapped variants so it does not read like the wrapped type itself.
        if (branch.Node.Value.GetString("title") is { } title && Naming.IsValidTypeName(title))
        {
            return Naming.ToPascalCase(title);
        }

        if (PreferredName(branch) is { } preferred)
        {
            return branch.Kind == ShapeKind.Object ? preferred : preferred + "Value";
        }

        if (branch.Kind == ShapeKind.Object)
        {
            if (discriminator is not null
                && branch.Object!.Properties[discriminator].Select(_classifier.ConstantOf).FirstOrDefault(c => c is not null) is { } constant)
            {
                return Naming.ToIdentifier(constant);
            }

            return "Variant" + (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        return branch.Kind switch
        {
            ShapeKind.String => "StringValue",
            ShapeKind.Integer => "IntegerValue",
            ShapeKind.Number => "NumberValue",
            ShapeKind.Boolean => "BooleanValue",
            ShapeKind.Scalar => "ScalarValue",
            ShapeKind.StringOrList => "StringOrListValue",
            ShapeKind.IntegerOrString => "IntegerOrStringValue",
            ShapeKind.Array => "ListValue",
            ShapeKind.Map => "MapValue",
            ShapeKind.Kubernetes => branch.KubernetesType + "Value",
            ShapeKind.Enum => "EnumValue",
            ShapeKind.Union => "UnionValue",
            _ => "FreeFormValue",
        };
    }

    private static string FallbackTypeSummary(SchemaShape shape) => shape.Kind switch
    {
        ShapeKind.Enum => "The allowed values at <c>" + Display(shape.Node) + "</c>.",
        ShapeKind.Union => "One of the forms allowed at <c>" + Display(shape.Node) + "</c>.",
        _ => "The object at <c>" + Display(shape.Node) + "</c>.",
    };

    private static string Display(SchemaNode node) => node.Document.FileName + "#" + node.Pointer;

    private DocSpec DocOf(SchemaNode node, string fallback)
    {
        var value = node.Value;
        return new DocSpec(value.GetString("description"), DefaultText(value["default"]), fallback);
    }

    private DocSpec DocOfProperty(List<SchemaNode> nodes, string key)
    {
        string? description = null;
        string? defaultText = null;
        foreach (var node in nodes)
        {
            description ??= node.Value.GetString("description");
            defaultText ??= DefaultText(node.Value["default"]);
        }

        // A property that is only a $ref takes the definition's description.
        if (description is null || defaultText is null)
        {
            foreach (var node in nodes)
            {
                var target = _classifier.Dereference(node);
                if (target != node)
                {
                    description ??= target.Value.GetString("description");
                    defaultText ??= DefaultText(target.Value["default"]);
                }
            }
        }

        return new DocSpec(description, defaultText, "The <c>" + key + "</c> value.");
    }

    private static string? DefaultText(JsonValue? value) => value switch
    {
        null => null,
        { IsString: true } => value.Text,
        _ => value.ToCompactJson(),
    };

    private static SourceSpan NameSpan(SchemaNode node) => node.Value.Span;

    private readonly struct PendingType
    {
        public PendingType(SchemaShape shape, string name, int slot)
        {
            Shape = shape;
            Name = name;
            Slot = slot;
        }

        public SchemaShape Shape { get; }

        public string Name { get; }

        public int Slot { get; }
    }

    private readonly struct TypeUse
    {
        public TypeUse(TypeRef type, bool nullable)
        {
            Type = type;
            Nullable = nullable;
        }

        /// <summary>The type, not nullable.</summary>
        public TypeRef Type { get; }

        public bool Nullable { get; }

        public string Text => Type.Text;

        public TypeRef TypeWithNullability => Type.AsNullable(Nullable);

        public string TextWithNullability => Nullable ? Text + "?" : Text;
    }
}
