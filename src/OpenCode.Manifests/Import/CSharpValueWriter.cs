using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes a C# expression that constructs a value of the typed model: generated records as object initializers
/// (union variants by their nested type), <c>Dictionary</c>/<c>List</c> initializers, Kubernetes types, and
/// the runtime types (<see cref="Integer"/>, <see cref="Scalar"/>, <see cref="FreeForm"/>, …) through their public
/// factories. Free-form values are reported.
/// </summary>
internal sealed class CSharpValueWriter
{
    private readonly ImportContext context;

    public CSharpValueWriter(ImportContext context, CSharpTypeNames typeNames)
    {
        this.context = context;
        TypeNames = typeNames;
    }

    /// <summary>How types are spelled in the file being written (which namespaces it imports).</summary>
    public CSharpTypeNames TypeNames { get; }

    /// <summary>
    /// The expression for <paramref name="value"/>, laid out for a line indented <paramref name="indent"/> levels on
    /// which <paramref name="lead"/> characters (<c>Name = </c>, <c>var x = </c>) come before it.
    /// </summary>
    public string Write(object? value, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, int lead = DefaultLead) =>
        Write(value, declaredType, nullability, path, indent, targetTyped: false, lead);

    /// <summary>The expression for a value assigned to a property of <paramref name="declaredType"/> (written <c>new() { … }</c> when it is of that type).</summary>
    public string WriteProperty(object? value, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, int lead = DefaultLead) =>
        Write(value, declaredType, nullability, path, indent, targetTyped: true, lead);

    /// <summary>What a caller that does not say what precedes the expression is assumed to have there (a property name and <c> = </c>).</summary>
    private const int DefaultLead = 24;

    /// <summary>
    /// <paramref name="targetTyped"/>: the expression is assigned to a property, dictionary entry or list item whose
    /// type C# knows, so a value of exactly that type is written <c>new() { … }</c> (a union variant keeps its name).
    /// </summary>
    private string Write(object? value, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, bool targetTyped, int lead)
    {
        // A scalar under a YAML anchor used elsewhere too is one C# local (or the Name constant), like the anchor.
        if (value is string or Scalar { Kind: ScalarKind.String })
        {
            var literal = WriteCore(value, declaredType, nullability, path, indent, targetTyped, lead);
            return !literal.Contains('\n') && context.SharedName(path, literal) is { } shared ? shared : literal;
        }

        return WriteCore(value, declaredType, nullability, path, indent, targetTyped, lead);
    }

    private string WriteCore(object? value, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, bool targetTyped, int lead)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return CSharpLiterals.String(text, Pad(indent + 1));
            case bool flag:
                return flag ? "true" : "false";
            case int or long or short or byte:
                return Long(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case double number:
                return CSharpLiterals.Double(number);
            case float single:
                return CSharpLiterals.Double(single) .TrimEnd('d') + "f";
            case decimal money:
                return money.ToString(CultureInfo.InvariantCulture) + "m";
            case Enum member:
                return TypeNames.Name(member.GetType()) + "." + member;
            case Integer integer:
                return integer.IsPlaceholder ? $"Integer.FromPlaceholder({CSharpLiterals.Quote(integer.Placeholder!)})" : Long(integer.Value);
            case Number number:
                return number.IsPlaceholder
                    ? $"Number.FromPlaceholder({CSharpLiterals.Quote(number.Placeholder!)})"
                    : $"Number.Parse({CSharpLiterals.Quote(number.Text)})";
            case Scalar scalar:
                return WriteScalar(scalar, indent);
            case StringOrList stringOrList:
                return WriteStringOrList(stringOrList, IsDeclared<StringOrList>(declaredType), indent);
            case IntegerOrString integerOrString:
                // The implicit conversions keep which form it was: a string literal stays a string.
                return integerOrString.IsPlaceholder
                    ? $"IntegerOrString.FromPlaceholder({CSharpLiterals.Quote(integerOrString.Placeholder!)})"
                    : integerOrString.IsString ? CSharpLiterals.Quote(integerOrString.StringValue!) : Long(integerOrString.IntegerValue);
            case FreeForm freeForm:
                return WriteFreeForm(freeForm, path, indent);
            case Flag flag:
                return flag.IsPlaceholder ? $"Flag.FromPlaceholder({CSharpLiterals.Quote(flag.Placeholder!)})" : flag.Value ? "true" : "false";
            case ResourceQuantity quantity:
                return WriteQuantity(quantity, IsDeclared<ResourceQuantity>(declaredType));
        }

        var type = value.GetType();
        if (value is IDictionary dictionary)
        {
            return WriteDictionary(dictionary, type, declaredType, nullability, path, indent, targetTyped && type == declaredType, lead);
        }

        if (value is IList list)
        {
            return WriteList(list, type, declaredType, nullability, path, indent, targetTyped && type == declaredType, lead);
        }

        return WriteObject(value, type, path, indent, targetTyped && type == (Nullable.GetUnderlyingType(declaredType) ?? declaredType), lead);
    }

    private static string Long(long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? value.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture) + "L";

    private static string Pad(int indent) => new(' ', indent * 4);

    /// <summary>Literals through the implicit conversions where they give back the same text and kind.</summary>
    private static string WriteScalar(Scalar scalar, int indent) => scalar.Kind switch
    {
        ScalarKind.Null => "Scalar.Null",
        ScalarKind.String => CSharpLiterals.String(scalar.Text, Pad(indent + 1)),
        ScalarKind.Boolean => scalar.AsBoolean() ? "true" : "false",
        _ when long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
               && number.ToString(CultureInfo.InvariantCulture) == scalar.Text => Long(number),
        _ => $"Scalar.FromNumberText({CSharpLiterals.Quote(scalar.Text)})",
    };

    private string WriteFreeForm(FreeForm freeForm, ValuePath path, int indent)
    {
        if (freeForm.IsNull)
        {
            return "FreeForm.Null";
        }

        var yaml = YamlRenderer.RenderFragment(freeForm.ToNode());
        if (!FreeForm.Parse(yaml).Equals(freeForm))
        {
            // Cannot happen for text our renderer wrote; checked so a renderer bug shows up as a report, not a silent change.
            context.Report(DiagnosticCatalog.KeptAsFreeForm,
                $"{path}: the free-form value does not read back the same from its YAML text; check this value by hand.", path);
        }

        return "FreeForm.Parse(" + CSharpLiterals.String(yaml, Pad(indent + 1)) + ")";
    }

    /// <summary>
    /// A quantity through its implicit conversion from text (a bare literal where the target is typed
    /// <see cref="ResourceQuantity"/>, a cast elsewhere), or <c>Quoted</c> for a number written as a string.
    /// </summary>
    private static string WriteQuantity(ResourceQuantity quantity, bool targetIsQuantity) =>
        quantity.IsWrittenAsString && ResourceQuantity.IsPlainNumber(quantity.Text)
            ? $"ResourceQuantity.Quoted({CSharpLiterals.Quote(quantity.Text)})"
            : (targetIsQuantity ? "" : "(ResourceQuantity)") + CSharpLiterals.Quote(quantity.Text);

    /// <summary>
    /// Through the implicit conversions from <c>string</c> and <c>string[]</c> where the target is typed
    /// <see cref="StringOrList"/> (each keeps its form: a string stays a string, an array a list); the factories
    /// elsewhere, and for an empty list, whose <c>new[] { }</c> would have no type.
    /// </summary>
    private static string WriteStringOrList(StringOrList value, bool targetIsStringOrList, int indent)
    {
        if (!value.IsList)
        {
            var text = CSharpLiterals.String(value.SingleValue!, Pad(indent + 1));
            return targetIsStringOrList ? text : $"StringOrList.FromString({text})";
        }

        var array = "new[] { " + string.Join(", ", value.Values.Select(CSharpLiterals.Quote)) + " }";
        return targetIsStringOrList && value.Values.Count > 0 ? array : $"StringOrList.FromList({array})";
    }

    private static bool IsDeclared<T>(Type declaredType) => (Nullable.GetUnderlyingType(declaredType) ?? declaredType) == typeof(T);

    private string WriteDictionary(IDictionary dictionary, Type type, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, bool targetTyped, int lead)
    {
        var head = targetTyped ? "new()" : "new " + TypeNames.Name(type.IsGenericType ? type : declaredType, nullability);
        var valueType = type.IsGenericType ? type.GetGenericArguments()[1] : typeof(object);
        var valueNullability = nullability?.GenericTypeArguments is { Length: 2 } arguments ? arguments[1] : null;
        var items = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
        {
            var key = (string)entry.Key;
            var renovate = context.RenovateComment(path.Key(key));
            var name = "[" + CSharpLiterals.Quote(key) + "] = ";
            items.Add(Assignment("[" + CSharpLiterals.Quote(key) + "]", Write(entry.Value, valueType, valueNullability, path.Key(key), indent + 1, targetTyped: true, name.Length)) + (renovate is null ? "" : " // " + renovate));
        }

        return Initializer(head, items, indent, lead);
    }

    private string WriteList(IList list, Type type, Type declaredType, NullabilityInfo? nullability, ValuePath path, int indent, bool targetTyped, int lead)
    {
        var listType = type.IsGenericType ? type : declaredType;
        // A list assigned where C# knows its type is a collection expression (C# 12, what net8.0 projects compile with).
        var head = targetTyped ? CollectionExpression : "new " + TypeNames.Name(listType, nullability);
        var itemType = listType.IsGenericType ? listType.GetGenericArguments()[0] : typeof(object);
        var itemNullability = nullability?.GenericTypeArguments is { Length: 1 } arguments ? arguments[0] : null;
        var items = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            items.Add(Write(list[i], itemType, itemNullability, path.Index(i), indent + 1, targetTyped: true, lead: 0));
        }

        return Initializer(head, items, indent, lead);
    }

    private string WriteObject(object value, Type type, ValuePath path, int indent, bool targetTyped, int lead)
    {
        if (ConvertedPayload(value, type) is { } payload)
        {
            // The union converts the payload implicitly: `["TZ"] = "UTC"`, not `new EnvVarLiteral { Value = "UTC" }`.
            return Write(payload.Value, payload.Member.Property.PropertyType, payload.Member.Nullability, path, indent, targetTyped: false, lead);
        }

        var members = WritableMembers(type)
            .Select(member => (Member: member, Value: member.Property.GetValue(value)))
            .Where(entry => entry.Value is not null || entry.Member.IsRequired)
            .ToList();
        var head = targetTyped ? "new()" : "new " + TypeNames.Name(type);
        var rendered = new List<string>();
        foreach (var (member, memberValue) in members)
        {
            var memberPath = member.YamlKey is null ? path : path.Key(member.YamlKey);
            if (member.IsExtensionData && memberValue is IDictionary extra)
            {
                foreach (DictionaryEntry entry in extra)
                {
                    context.Report(DiagnosticCatalog.KeptAsFreeForm,
                        $"{path.Key((string)entry.Key)}: the app-template model has no property '{entry.Key}' here; it is kept as free-form YAML in AdditionalValues (check the key: the chart may ignore it).",
                        path.Key((string)entry.Key));
                }
            }

            var propertyType = member.Property.PropertyType;
            var written = Write(memberValue, propertyType, member.Nullability, memberPath, indent + 1, targetTyped: true, member.Property.Name.Length + 3);
            var renovate = member.YamlKey is null ? null : context.RenovateComment(memberPath);
            rendered.Add(Assignment(member.Property.Name, written) + OctalNote(member, memberValue) + (renovate is null ? "" : " // " + renovate));
        }

        return Initializer(head, rendered, indent, lead);
    }

    /// <summary>
    /// The payload of a wrapped union variant whose union has an implicit conversion from the C# type the payload is
    /// written as (a string, number or boolean literal, or a typed collection), so the variant can be left out.
    /// </summary>
    private static (object Value, WritableMember Member)? ConvertedPayload(object value, Type type)
    {
        if (type.GetCustomAttribute<YamlWrappedVariantAttribute>() is null || type.BaseType is not { IsAbstract: true } union
            || WritableMembers(type) is not [{ YamlKey: null, IsExtensionData: false } member]
            || member.Property.GetValue(value) is not { } payload
            || WrittenAs(payload) is not { } written)
        {
            return null;
        }

        var converts = union.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Any(m => m.Name == "op_Implicit" && m.ReturnType == union && m.GetParameters() is [{ } parameter] && parameter.ParameterType == written);
        return converts ? (payload, member) : null;
    }

    /// <summary>The C# type of the expression this writer writes for a payload, where it is one a conversion can take.</summary>
    private static Type? WrittenAs(object payload) => payload switch
    {
        string => typeof(string),
        Scalar { Kind: ScalarKind.String } => typeof(string),
        Scalar { Kind: ScalarKind.Boolean } => typeof(bool),
        Scalar { Kind: ScalarKind.Number } scalar when long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == scalar.Text => number is >= int.MinValue and <= int.MaxValue ? typeof(int) : typeof(long),
        IDictionary or IList when payload.GetType().IsGenericType => payload.GetType(),
        _ => null,
    };

    /// <summary>The widest line an initializer is folded onto (what a person keeps on one line).</summary>
    public const int LineWidth = 140;

    /// <summary>
    /// <c>head { a, b }</c> on one line when every item is one line and the whole line (indent, the
    /// <paramref name="lead"/> before the expression, the expression and its <c>,</c>) fits <see cref="LineWidth"/>,
    /// else one item per line. An item ending in a <c>// comment</c> forces the multi-line form (the comment ends the
    /// line), so a kept comment stops the folding of its own line only.
    /// </summary>
    private static string Initializer(string head, List<string> items, int indent, int lead)
    {
        var collection = head == CollectionExpression;
        if (items.Count == 0)
        {
            return collection ? "[]" : head.EndsWith(')') ? head : head + "()";
        }

        var inline = collection ? "[" + string.Join(", ", items) + "]" : head + " { " + string.Join(", ", items) + " }";
        if (items.All(item => !item.Contains('\n') && !item.Contains("//", StringComparison.Ordinal)) && Pad(indent).Length + lead + inline.Length + 1 <= LineWidth)
        {
            return inline;
        }

        // A multi-line collection expression starts on its own line ('Hosts =' then '[' under it, as dotnet format lays it out).
        var builder = collection ? new StringBuilder("\n").Append(Pad(indent)).Append("[\n") : new StringBuilder().Append(head).Append('\n').Append(Pad(indent)).Append("{\n");
        foreach (var item in items)
        {
            var comment = item.IndexOf(" // ", StringComparison.Ordinal);
            var line = item.StartsWith('\n') ? item.TrimStart('\n').TrimStart(' ') : item;
            builder.Append(Pad(indent + 1)).Append(comment < 0 || line.Contains('\n') ? line + "," : string.Concat(line.AsSpan(0, comment), ",", line.AsSpan(comment))).Append('\n');
        }

        return builder.Append(Pad(indent)).Append(collection ? ']' : '}').ToString();
    }

    /// <summary>The head that makes <see cref="Initializer"/> write a collection expression (<c>[a, b]</c>).</summary>
    private const string CollectionExpression = "[";

    /// <summary><c>name = value</c>; a value that starts on its own line (a multi-line collection expression) leaves no trailing space.</summary>
    internal static string Assignment(string name, string written) =>
        written.StartsWith('\n') ? name + " =" + written : name + " = " + written;

    /// <summary>
    /// A file mode (<c>defaultMode</c>, <c>mode</c>) is written in YAML as octal (<c>0775</c>, which Flux reads as
    /// 509): the C# keeps the number Flux reads and says the octal form beside it.
    /// </summary>
    internal static string OctalNote(WritableMember member, object? value) =>
        member.YamlKey is "defaultMode" or "mode" && value is not null && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var mode) && mode is > 0 and <= 4095
            ? " // 0" + Convert.ToString(mode, 8)
            : "";

    /// <summary>The public settable properties of a model type, with their YAML keys, in declaration order.</summary>
    public static IReadOnlyList<WritableMember> WritableMembers(Type type) => MemberCache.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
        .Select(p => new WritableMember(
            p,
            p.GetCustomAttribute<YamlKeyAttribute>()?.Name,
            p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
            p.GetCustomAttribute<YamlExtensionDataAttribute>() is not null,
            new NullabilityInfoContext().Create(p)))
        .ToList());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<WritableMember>> MemberCache = new();
}

/// <summary>A settable property of a model type.</summary>
internal sealed record WritableMember(PropertyInfo Property, string? YamlKey, bool IsRequired, bool IsExtensionData, NullabilityInfo Nullability);
