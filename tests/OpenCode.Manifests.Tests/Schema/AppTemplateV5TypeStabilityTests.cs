using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Tests.Schema;

/// <summary>
/// Code written against the 4.x model compiles against the 5.x one after changing the using, wherever the chart kept
/// a key: every 4.x generated type has a 5.x type of the same name, and every property of it a 5.x property of the same
/// name, YAML key and type (types of the model compared by name). The differences are exactly the keys 5.x changed.
/// </summary>
public sealed class AppTemplateV5TypeStabilityTests(ITestOutputHelper output)
{
    private const string V4Namespace = "OpenCode.Manifests.AppTemplate";
    private const string V5Namespace = "OpenCode.Manifests.AppTemplate.V5";

    /// <summary>Where 5.x changed a key 4.x had: raw resources moved under manifest, policy types became an enum.</summary>
    private static readonly string[] ExpectedDifferences =
    {
        "NetworkPolicy.PolicyTypes: List<String> -> List<NetworkPolicyType>",
        "RawResource.Annotations: removed",
        "RawResource.ApiVersion: removed",
        "RawResource.Kind: removed",
        "RawResource.Labels: removed",
        "RawResource.Spec: removed",
    };

    [Fact]
    public void Every_4x_type_and_property_exists_in_the_5x_model_except_where_5x_changed_the_key()
    {
        var assembly = typeof(YamlKeyAttribute).Assembly;
        var v4Types = GeneratedTypes(assembly, V4Namespace);
        var v5Types = GeneratedTypes(assembly, V5Namespace);
        var differences = new List<string>();

        foreach (var (name, v4) in v4Types)
        {
            if (!v5Types.TryGetValue(name, out var v5))
            {
                differences.Add($"{name}: type missing");
                continue;
            }

            if (v4.IsEnum)
            {
                differences.AddRange(Enum.GetNames(v4).Except(Enum.GetNames(v5)).Select(member => $"{name}.{member}: enum member missing"));
                continue;
            }

            var v5Properties = v5.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var property in v4.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!v5Properties.TryGetValue(property.Name, out var counterpart))
                {
                    differences.Add($"{name}.{property.Name}: removed");
                    continue;
                }

                var (before, after) = (Describe(property.PropertyType), Describe(counterpart.PropertyType));
                if (before != after)
                {
                    differences.Add($"{name}.{property.Name}: {before} -> {after}");
                }

                if (property.GetCustomAttribute<YamlKeyAttribute>()?.Name != counterpart.GetCustomAttribute<YamlKeyAttribute>()?.Name)
                {
                    differences.Add($"{name}.{property.Name}: YAML key changed");
                }
            }
        }

        differences.Sort(StringComparer.Ordinal);
        output.WriteLine($"{v4Types.Count} 4.x types, {v5Types.Count} 5.x types; {v5Types.Keys.Except(v4Types.Keys).Count()} new in 5.x: "
                         + string.Join(", ", v5Types.Keys.Except(v4Types.Keys).OrderBy(n => n, StringComparer.Ordinal)));
        foreach (var difference in differences)
        {
            output.WriteLine("  " + difference);
        }

        Assert.Equal(ExpectedDifferences, differences);
    }

    /// <summary>Public types of one namespace (not its sub-namespaces), nested ones as <c>Outer.Inner</c>.</summary>
    private static Dictionary<string, Type> GeneratedTypes(Assembly assembly, string ns) =>
        assembly.GetTypes()
            .Where(type => type.Namespace == ns && (type.IsPublic || type.IsNestedPublic))
            .ToDictionary(type => type.FullName![(ns.Length + 1)..].Replace('+', '.'), StringComparer.Ordinal);

    /// <summary>A type by its simple name, generic arguments included, so both models' types compare equal.</summary>
    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.DeclaringType is { } outer && type.IsNested ? $"{outer.Name}.{type.Name}" : type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
    }
}
