using System.Collections.Generic;
using System.Text;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>
/// STAND-INS, TEST COMPILATION ONLY. The runtime types of the values model (Integer, Number, Scalar,
/// StringOrList, IntegerOrString, FreeForm) are written separately in src/OpenCode.Manifests/Values. Until one
/// exists in that assembly, the compilations these tests build get a minimal declaration of it (with the
/// conversions the contract promises), so generated code can be compile-checked. Each stand-in disappears by
/// itself as soon as the real type is in OpenCode.Manifests.dll.
/// </summary>
internal static class RuntimeStandIns
{
    private static readonly Dictionary<string, string> Declarations = new()
    {
        ["Integer"] = """
            public readonly struct Integer
            {
                public static implicit operator Integer(int value) => default;
                public static implicit operator Integer(long value) => default;
            }
            """,
        ["Number"] = """
            public readonly struct Number
            {
                public static implicit operator Number(int value) => default;
                public static implicit operator Number(long value) => default;
                public static implicit operator Number(double value) => default;
                public static implicit operator Number(decimal value) => default;
            }
            """,
        ["Scalar"] = """
            public readonly struct Scalar
            {
                public static implicit operator Scalar(string value) => default;
                public static implicit operator Scalar(int value) => default;
                public static implicit operator Scalar(long value) => default;
                public static implicit operator Scalar(double value) => default;
                public static implicit operator Scalar(bool value) => default;
            }
            """,
        ["StringOrList"] = """
            public sealed class StringOrList
            {
                public static implicit operator StringOrList(string value) => new();
                public static implicit operator StringOrList(string[] value) => new();
                public static implicit operator StringOrList(System.Collections.Generic.List<string> value) => new();
            }
            """,
        ["IntegerOrString"] = """
            public readonly struct IntegerOrString
            {
                public static implicit operator IntegerOrString(int value) => default;
                public static implicit operator IntegerOrString(long value) => default;
                public static implicit operator IntegerOrString(string value) => default;
            }
            """,
        ["FreeForm"] = """
            public sealed class FreeForm
            {
            }
            """,
    };

    /// <summary>The stand-in source to add, or null once the runtime declares every type.</summary>
    public static string? Source { get; } = Build();

    public static IReadOnlyList<string> Missing { get; } = FindMissing();

    private static List<string> FindMissing()
    {
        var runtime = typeof(OpenCode.Manifests.Values.YamlKeyAttribute).Assembly;
        var missing = new List<string>();
        foreach (var name in Declarations.Keys)
        {
            if (runtime.GetType("OpenCode.Manifests.Values." + name) is null)
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    private static string? Build()
    {
        var missing = FindMissing();
        if (missing.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder("// Test-only stand-ins for runtime types not yet in OpenCode.Manifests.dll.\nnamespace OpenCode.Manifests.Values\n{\n");
        foreach (var name in missing)
        {
            builder.Append(Declarations[name]).Append('\n');
        }

        return builder.Append("}\n").ToString();
    }
}
