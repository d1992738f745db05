using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>
/// Checks that two emitted trees hold the same data: the same files, and in each the same documents as YAML data
/// (mapping key order, quoting style and comments aside). The cdk8s comparison is only fair when this holds.
/// </summary>
public static class TreeEquivalence
{
    /// <summary>The differences (empty when the trees are equivalent).</summary>
    public static IReadOnlyList<string> Compare(string expectedRoot, string actualRoot)
    {
        var differences = new List<string>();
        var expected = Files(expectedRoot);
        var actual = Files(actualRoot);
        differences.AddRange(expected.Except(actual).Select(f => "missing in the cdk8s tree: " + f));
        differences.AddRange(actual.Except(expected).Select(f => "only in the cdk8s tree: " + f));
        foreach (var file in expected.Intersect(actual))
        {
            var left = Canonical(Path.Combine(expectedRoot, file));
            var right = Canonical(Path.Combine(actualRoot, file));
            if (left != right)
            {
                differences.Add($"{file} differs:\n--- ours\n{left}\n--- cdk8s\n{right}");
            }
        }

        return differences;
    }

    /// <summary>The manifests (the generated README.md per app is a picture, not part of what cdk8s emits).</summary>
    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static string Canonical(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            stream.Load(reader);
        }

        var text = new StringBuilder();
        foreach (var document in stream.Documents)
        {
            text.Append("---\n");
            Write(document.RootNode, 0, text);
        }

        return text.ToString();
    }

    private static void Write(YamlNode node, int indent, StringBuilder text)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children.OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal))
                {
                    text.Append(pad).Append(((YamlScalarNode)key).Value).Append(":\n");
                    Write(value, indent + 2, text);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    text.Append(pad).Append("-\n");
                    Write(item, indent + 2, text);
                }

                break;
            case YamlScalarNode scalar:
                text.Append(pad).Append(Resolve(scalar)).Append(' ').Append(System.Text.Json.JsonSerializer.Serialize(scalar.Value)).Append('\n');
                break;
        }
    }

    // Quoted "4096" is a string and plain 4096 an integer: compare the data each emitter meant, not its quoting.
    private static string Resolve(YamlScalarNode scalar)
    {
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return "str";
        }

        var value = scalar.Value ?? "";
        if (value is "" or "~" or "null")
        {
            return "null";
        }

        if (value is "true" or "false")
        {
            return "bool";
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(value, "^-?[0-9]+$"))
        {
            return "int";
        }

        return System.Text.RegularExpressions.Regex.IsMatch(value, "^-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?$") ? "float" : "str";
    }
}
