using System;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Resources.Flux;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// The generated <c>README.md</c> next to an app's Flux folder (<c>&lt;apps&gt;/&lt;ns&gt;/&lt;app&gt;/README.md</c>):
/// the marker, what the app is, and its <see cref="AppDiagram"/> in a <c>mermaid</c> block, which GitHub and most
/// editors draw. Kustomize never reads it: the namespace kustomization lists <c>ks.yaml</c> files, the app's lists its
/// manifests.
/// </summary>
public static class AppReadme
{
    /// <summary>The file name.</summary>
    public const string FileName = "README.md";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The README of one app, at its path under the output root.</summary>
    public static TreeFile Render(AppGraph app, string appsPath)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(appsPath);
        var chart = app.Objects.OfType<OciRepository>().FirstOrDefault();
        var text = new StringBuilder();
        text.Append(GeneratedFileMarker.MarkdownLine).Append('\n');
        text.Append('\n');
        text.Append("# ").Append(app.Name).Append('\n');
        text.Append('\n');
        text.Append("What `").Append(app.Name).Append("` runs in namespace `").Append(app.Namespace).Append('`');
        if (chart?.Spec is { } spec)
        {
            text.Append(", chart `").Append(spec.Url).Append("` at `").Append(spec.Ref?.Tag).Append('`');
        }

        text.Append(", drawn from its final chart values: containers and images, volumes with their mount paths, ")
            .Append("secret keys feeding variables and files, hostname → route → service.\n");
        text.Append('\n');
        text.Append("```mermaid\n").Append(AppDiagram.Of(app)).Append("```\n");
        return new TreeFile($"{appsPath}/{app.Namespace}/{app.Name}/{FileName}", Utf8NoBom.GetBytes(text.ToString()));
    }
}
