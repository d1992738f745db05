using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2015: every <c>${NAME}</c> in an app's manifests must be substituted by Flux: from the app's own
/// <c>postBuild.substitute</c> or from the cluster variables the conventions say reach it. Flux replaces an
/// unknown one with an empty string, silently.
/// </summary>
public sealed class UnsubstitutedVariableRule : IValidationRule
{
    private static readonly Regex Variable = new(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[=-][^}]*)?\}", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var own = app.Kustomization.Spec.PostBuild?.Substitute?.Keys ?? Enumerable.Empty<string>();
            var known = new HashSet<string>(own.Concat(context.Conventions.ClusterSubstitution.Variables));
            var reported = new HashSet<string>();

            foreach (var file in app.Files.Where(file => file.RelativePath.StartsWith("app/", System.StringComparison.Ordinal)))
            {
                foreach (var text in file.Documents.SelectMany(o => ScalarsWithVariables(context.Nodes.Of(o))))
                {
                    foreach (Match match in Variable.Matches(text))
                    {
                        var name = match.Groups[1].Value;
                        var hasDefault = match.Value.Contains(":=", System.StringComparison.Ordinal) || match.Value.Contains(":-", System.StringComparison.Ordinal);
                        if (!hasDefault && !known.Contains(name) && reported.Add(name))
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.UnsubstitutedVariable,
                                $"'${{{name}}}' appears in {app.Kind} '{app.Name}' but Flux does not substitute it (known: {string.Join(", ", known.OrderBy(k => k, System.StringComparer.Ordinal))}); it would become an empty string. Add it to the conventions' cluster variables, or escape a literal as '$${{{name}}}'.",
                                Locate(context, app, name));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where <c>${name}</c> was written: the C# line that set the first chart value holding it (an init script, an env
    /// value), else the app's declaration. Only run for a variable already found unknown: walking every value with
    /// its path is the expensive part, and almost every app has no unknown variable.
    /// </summary>
    private static SourceLocation Locate(ValidationContext context, Graph.AppGraph app, string name)
    {
        var values = app.Release is null ? null : Child(Child(context.Nodes.Of(app.Release.Release), "spec"), "values");
        if (values is not null)
        {
            foreach (var (text, path) in LocatedScalars(values, Graph.ValuePath.Root))
            {
                if (Variable.Matches(text).Any(m => m.Groups[1].Value == name))
                {
                    return app.LocateValue(path);
                }
            }
        }

        return app.DeclaredAt;
    }

    /// <summary>The value of <paramref name="key"/> in a mapping (the values inside the HelmRelease the renderer shares), or null.</summary>
    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<(string Text, Graph.ValuePath Path)> LocatedScalars(YamlNode node, Graph.ValuePath path) => node switch
    {
        YamlScalarNode scalar => scalar.Value is null ? Enumerable.Empty<(string, Graph.ValuePath)>() : new[] { (scalar.Value, path) },
        YamlSequenceNode sequence => sequence.Children.SelectMany((child, index) => LocatedScalars(child, path.Index(index))),
        YamlMappingNode mapping => mapping.Children.SelectMany(pair =>
            LocatedScalars(pair.Key, path).Concat(LocatedScalars(pair.Value, path.Key((pair.Key as YamlScalarNode)?.Value ?? string.Empty)))),
        _ => Enumerable.Empty<(string, Graph.ValuePath)>(),
    };

    /// <summary>
    /// The scalars (keys and values) that hold <c>${</c>, in document order. One walk with an explicit stack and a
    /// vectorised search per scalar: almost no scalar holds a variable, so the regex runs on very few of them.
    /// </summary>
    private static List<string> ScalarsWithVariables(YamlNode root)
    {
        var found = new List<string>();
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case YamlScalarNode scalar:
                    if (scalar.Value is { } value && value.Contains("${", System.StringComparison.Ordinal))
                    {
                        found.Add(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--)
                    {
                        pending.Push(sequence.Children[i]);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children.Reverse())
                    {
                        pending.Push(pair.Value);
                        pending.Push(pair.Key);
                    }

                    break;
            }
        }

        return found;
    }
}
