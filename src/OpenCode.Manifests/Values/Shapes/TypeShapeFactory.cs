using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values.Shapes;

/// <summary>Builds a <see cref="TypeShape"/> from a type by reflection. Called once per type by <see cref="TypeShapes"/>.</summary>
internal static class TypeShapeFactory
{
    private static readonly HashSet<Type> IntegralTypes =
    [
        typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte), typeof(uint), typeof(ulong), typeof(ushort),
    ];

    private static readonly HashSet<Type> FloatingTypes = [typeof(double), typeof(float), typeof(decimal)];

    private static readonly Dictionary<Type, ShapeKind> FixedKinds = new()
    {
        [typeof(string)] = ShapeKind.String,
        [typeof(bool)] = ShapeKind.Boolean,
        [typeof(DateTime)] = ShapeKind.DateTime,
        [typeof(DateTimeOffset)] = ShapeKind.DateTime,
        [typeof(Integer)] = ShapeKind.Integer,
        [typeof(Number)] = ShapeKind.Number,
        [typeof(Scalar)] = ShapeKind.Scalar,
        [typeof(IntegerOrString)] = ShapeKind.IntegerOrString,
        [typeof(StringOrList)] = ShapeKind.StringOrList,
        [typeof(FreeForm)] = ShapeKind.FreeForm,
        [typeof(IntOrString)] = ShapeKind.KubernetesIntOrString,
        [typeof(ResourceQuantity)] = ShapeKind.ResourceQuantity,
        [typeof(object)] = ShapeKind.Dynamic,
    };

    public static TypeShape Create(Type type)
    {
        if (FixedKinds.TryGetValue(type, out var fixedKind))
        {
            return new TypeShape(type, fixedKind);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new TypeShape(type, ShapeKind.Nullable) { ElementType = underlying };
        }

        if (IntegralTypes.Contains(type))
        {
            return new TypeShape(type, ShapeKind.Integral);
        }

        if (FloatingTypes.Contains(type))
        {
            return new TypeShape(type, ShapeKind.Floating);
        }

        if (typeof(YamlNode).IsAssignableFrom(type))
        {
            return new TypeShape(type, ShapeKind.YamlNode);
        }

        if (type.IsEnum)
        {
            return CreateEnum(type);
        }

        if (type.GetCustomAttribute<YamlUnionAttribute>(inherit: false) is { } union)
        {
            return new TypeShape(type, ShapeKind.Union) { VariantTypes = union.Variants };
        }

        if (type.GetCustomAttribute<YamlWrappedVariantAttribute>(inherit: false) is not null)
        {
            var value = type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)
                ?? throw new NotSupportedException($"Wrapped variant {type} has no public Value property.");
            return new TypeShape(type, ShapeKind.WrappedVariant)
            {
                ElementType = value.PropertyType,
                ValueProperty = value,
                Create = CreateFactory(type),
            };
        }

        if (TryCreateMap(type) is { } map)
        {
            return map;
        }

        if (TryCreateSequence(type) is { } sequence)
        {
            return sequence;
        }

        if (TryCreateObject(type) is { } shape)
        {
            return shape;
        }

        if (IsAnonymous(type))
        {
            return new TypeShape(type, ShapeKind.Anonymous) { Members = CreateAnonymousMembers(type) };
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return new TypeShape(type, ShapeKind.Dynamic); // non-generic collections: written by their runtime content
        }

        throw new NotSupportedException(
            $"{type} cannot be read or written as YAML: it has no [YamlKey] or [JsonPropertyName] properties and is not a supported value type.");
    }

    private static TypeShape CreateEnum(Type type)
    {
        var byYaml = new Dictionary<string, object>(StringComparer.Ordinal);
        var byValue = new Dictionary<object, string>();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var spelling = field.GetCustomAttribute<YamlValueAttribute>()?.Value ?? field.Name;
            var value = field.GetValue(null)!;
            byYaml[spelling] = value;
            byValue.TryAdd(value, spelling);
        }

        return new TypeShape(type, ShapeKind.Enum) { EnumValuesByYaml = byYaml, EnumYamlByValue = byValue };
    }

    private static TypeShape? TryCreateMap(Type type)
    {
        var dictionary = FindGeneric(type, typeof(IDictionary<,>)) ?? FindGeneric(type, typeof(IReadOnlyDictionary<,>));
        if (dictionary is null || dictionary.GetGenericArguments()[0] != typeof(string))
        {
            return null;
        }

        var valueType = dictionary.GetGenericArguments()[1];
        var entryType = typeof(KeyValuePair<,>).MakeGenericType(typeof(string), valueType);
        var concrete = type.IsInterface || type.IsAbstract ? typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType) : type;
        return new TypeShape(type, ShapeKind.Map)
        {
            ElementType = valueType,
            ConcreteType = concrete,
            EntryKey = entryType.GetProperty("Key"),
            EntryValue = entryType.GetProperty("Value"),
        };
    }

    private static TypeShape? TryCreateSequence(Type type)
    {
        if (type.IsArray)
        {
            var itemType = type.GetElementType()!;
            return new TypeShape(type, ShapeKind.Sequence)
            {
                ElementType = itemType,
                ConcreteType = typeof(List<>).MakeGenericType(itemType),
                IsArray = true,
            };
        }

        var enumerable = FindGeneric(type, typeof(IEnumerable<>));
        if (enumerable is null || type == typeof(string))
        {
            return null;
        }

        var elementType = enumerable.GetGenericArguments()[0];
        var concrete = type.IsInterface || type.IsAbstract ? typeof(List<>).MakeGenericType(elementType) : type;
        return new TypeShape(type, ShapeKind.Sequence) { ElementType = elementType, ConcreteType = concrete };
    }

    private static TypeShape? TryCreateObject(Type type)
    {
        var properties = PropertiesInDeclarationOrder(type);
        var discriminator = type.GetCustomAttribute<YamlDiscriminatorAttribute>(inherit: false);
        var extensionData = properties.FirstOrDefault(property => property.IsDefined(typeof(YamlExtensionDataAttribute), inherit: true));
        var usesYamlKeys = discriminator is not null || extensionData is not null
            || properties.Any(property => property.IsDefined(typeof(YamlKeyAttribute), inherit: true));
        var usesJsonNames = !usesYamlKeys && properties.Any(property => property.IsDefined(typeof(JsonPropertyNameAttribute), inherit: true));
        if (!usesYamlKeys && !usesJsonNames)
        {
            return null;
        }

        if (extensionData is not null && extensionData.PropertyType != typeof(Dictionary<string, FreeForm>))
        {
            throw new NotSupportedException($"[YamlExtensionData] property {type.Name}.{extensionData.Name} must be a Dictionary<string, FreeForm>.");
        }

        var members = new List<MemberShape>();
        foreach (var property in properties)
        {
            var member = usesYamlKeys ? YamlKeyMember(property) : JsonNameMember(property);
            if (member is not null)
            {
                members.Add(member);
            }
        }

        var byKey = new Dictionary<string, MemberShape>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!byKey.TryAdd(member.Key, member))
            {
                throw new NotSupportedException($"{type.Name} maps the YAML key '{member.Key}' twice.");
            }
        }

        return new TypeShape(type, ShapeKind.Object)
        {
            Members = members,
            MembersByKey = byKey,
            ExtensionData = extensionData,
            Discriminator = discriminator,
            Create = CreateFactory(type),
        };
    }

    private static MemberShape? YamlKeyMember(PropertyInfo property)
    {
        var key = property.GetCustomAttribute<YamlKeyAttribute>(inherit: true);
        return key is null ? null : new MemberShape(property, key.Name, key.Required);
    }

    private static MemberShape? JsonNameMember(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<JsonPropertyNameAttribute>(inherit: true);
        if (name is null || property.IsDefined(typeof(JsonIgnoreAttribute), inherit: true))
        {
            return null;
        }

        var required = property.IsDefined(typeof(JsonRequiredAttribute), inherit: true)
            || property.IsDefined(typeof(RequiredMemberAttribute), inherit: true);
        return new MemberShape(property, name.Name, required);
    }

    private static IReadOnlyList<MemberShape> CreateAnonymousMembers(Type type) =>
        PropertiesInDeclarationOrder(type).Select(property => new MemberShape(property, property.Name, required: false)).ToList();

    /// <summary>
    /// Public instance properties, base type first, each type's in declaration order (metadata token order is
    /// source order for the C# compiler). Indexers and the compiler's <c>EqualityContract</c> are skipped.
    /// </summary>
    private static List<PropertyInfo> PropertiesInDeclarationOrder(Type type)
    {
        var hierarchy = new List<Type>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            hierarchy.Insert(0, current);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PropertyInfo>();
        foreach (var level in hierarchy)
        {
            var declared = level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(property => property.GetIndexParameters().Length == 0)
                .OrderBy(property => property.MetadataToken);
            foreach (var property in declared)
            {
                if (seen.Add(property.Name))
                {
                    result.Add(property);
                }
            }
        }

        return result;
    }

    private static Func<object> CreateFactory(Type type)
    {
        if (type.IsAbstract)
        {
            return () => throw new NotSupportedException($"{type} is abstract and cannot be instantiated.");
        }

        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return () => Activator.CreateInstance(type)!;
        }

        // KubernetesClient models and positional records: a constructor whose parameters are all optional.
        var optional = type.GetConstructors()
            .Where(constructor => constructor.GetParameters().All(parameter => parameter.IsOptional))
            .OrderBy(constructor => constructor.GetParameters().Length)
            .FirstOrDefault();
        if (optional is not null)
        {
            var arguments = optional.GetParameters().Select(parameter => parameter.DefaultValue is DBNull ? null : parameter.DefaultValue).ToArray();
            return () => optional.Invoke(arguments);
        }

        return () => RuntimeHelpers.GetUninitializedObject(type);
    }

    private static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        && type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    private static Type? FindGeneric(Type type, Type genericDefinition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == genericDefinition)
        {
            return type;
        }

        return type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == genericDefinition);
    }
}
