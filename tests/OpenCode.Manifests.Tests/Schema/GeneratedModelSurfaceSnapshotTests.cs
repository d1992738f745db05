using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using OpenCode.Manifests.TestSupport;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Schema;

/// <summary>
/// The public surface of each generated app-template model (every type, enum member, property, its YAML key and
/// type), compared with a committed snapshot in <c>Schema/Snapshots/</c>: a schema or generator change that renames,
/// retypes or drops anything a consumer's code compiles against shows up as a reviewed diff. The full generated
/// source (about 0.9 MB per model) is not committed; the surface is what consumers see. On a mismatch the test
/// writes <c>&lt;name&gt;.received.txt</c> beside the snapshot; <c>OCM_ACCEPT_SNAPSHOTS=1</c> accepts it.
/// </summary>
public sealed class GeneratedModelSurfaceSnapshotTests
{
    [Theory]
    [InlineData("OpenCode.Manifests.AppTemplate", "AppTemplate.V4.surface")]
    [InlineData("OpenCode.Manifests.AppTemplate.V5", "AppTemplate.V5.surface")]
    public void Generated_model_surface_matches_its_snapshot(string ns, string snapshot)
    {
        var surface = Surface(typeof(YamlKeyAttribute).Assembly, ns);
        var problem = Compare(RepositoryPaths.File("tests/OpenCode.Manifests.Tests/Schema/Snapshots"), snapshot, surface,
            Environment.GetEnvironmentVariable("OCM_ACCEPT_SNAPSHOTS") == "1");
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void Negative_control_a_surface_one_property_off_is_reported()
    {
        var surface = Surface(typeof(YamlKeyAttribute).Assembly, "OpenCode.Manifests.AppTemplate.V5");
        var directory = Directory.CreateTempSubdirectory("ocm-surface-").FullName;
        try
        {
            Assert.Null(Compare(directory, "copy", surface, accept: true));
            var renamed = surface.Replace("CreateDefaultServiceAccount", "CreateDefaultServiceAcount", StringComparison.Ordinal);
            Assert.NotEqual(surface, renamed);
            var problem = Compare(directory, "copy", renamed, accept: false);
            Assert.NotNull(problem);
            Assert.Contains("+GlobalOptions.CreateDefaultServiceAcount", problem, StringComparison.Ordinal);
            Assert.Contains("-GlobalOptions.CreateDefaultServiceAccount", problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>One line per type, enum member and property of <paramref name="ns"/> (not its sub-namespaces), sorted.</summary>
    private static string Surface(Assembly assembly, string ns)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace == ns && (t.IsPublic || t.IsNestedPublic)))
        {
            var name = type.FullName![(ns.Length + 1)..].Replace('+', '.');
            lines.Add($"{name}: {Kind(type)}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(member => $"{name}.{member}"));
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var key = property.GetCustomAttribute<YamlKeyAttribute>()?.Name;
                lines.Add($"{name}.{property.Name}: {Describe(property.PropertyType)}{(key is null ? "" : $" [{key}]")}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract ? "abstract class" : "class";

    /// <summary>A type by its simple name, generic arguments included.</summary>
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

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
    }

    /// <summary>Null when <paramref name="actual"/> equals the snapshot (or was accepted), else a message with the diff.</summary>
    private static string? Compare(string directory, string name, string actual, bool accept)
    {
        var verified = Path.Combine(directory, name + ".txt");
        var received = Path.Combine(directory, name + ".received.txt");
        if (accept)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return null;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        return $"The generated model's surface differs from {verified} (received: {received}; OCM_ACCEPT_SNAPSHOTS=1 accepts it):\n"
               + TextDiff.Unified(expected, actual, context: 2, expectedName: "verified", actualName: "received");
    }
}
