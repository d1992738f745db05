using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import;

/// <summary>One reading of <c>spec.values</c> with the model of one chart major: the model, or why it did not fit.</summary>
/// <param name="Major">4 or 5.</param>
/// <param name="Model">The typed values (<see cref="OpenCode.Manifests.AppTemplate.AppTemplateValues"/> or the V5 one), or null.</param>
/// <param name="Problem">Why the values do not fit that model, or null.</param>
internal sealed record ValuesReading(int Major, object? Model, ValuesYamlException? Problem)
{
    /// <summary>Reads <paramref name="values"/> with the model of <paramref name="major"/> (4 or 5).</summary>
    public static ValuesReading Of(int major, YamlNode values)
    {
        try
        {
            object model = major == ChartMajor.V5
                ? ValuesYaml.FromNode<OpenCode.Manifests.AppTemplate.V5.AppTemplateValues>(values)
                : ValuesYaml.FromNode<OpenCode.Manifests.AppTemplate.AppTemplateValues>(values);
            return new ValuesReading(major, model, null);
        }
        catch (ValuesYamlException exception)
        {
            return new ValuesReading(major, null, exception);
        }
    }

    /// <summary>The paths this reading kept as extension data (empty when it failed).</summary>
    public System.Collections.Generic.IReadOnlyList<string> UnknownPaths => Model is null ? System.Array.Empty<string>() : UnknownKeys.Of(Model);

    /// <summary>The problem's path as <c>values.a.b</c>.</summary>
    public string? ProblemPath => Problem is null ? null : "values" + (Problem.Path.Length == 0 ? "" : "." + Problem.Path.TrimStart('$', '.'));
}
