using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PinnedChart = OpenCode.Manifests.Conventions.ChartSource;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The C# file of one imported release: an <c>[App]</c> record deriving from <c>AppTemplateApp</c>, named after the
/// release and placed in its namespace, whose <c>Compose</c> declares the values (4.x: builder handles and escape
/// hatches; 5.x: the typed 5.x values), the HelmRelease settings that differ from every app's
/// (<c>app.Release</c>) and the secrets other objects make (<c>app.ProvidedSecret</c>). <c>dotnet build</c> of the
/// project emits the release's app folder. The namespaces every file uses are global usings of the project
/// (<see cref="ProjectWriter"/>); a file names only its values model's.
/// </summary>
internal static class AppRecordWriter
{
    /// <summary>The namespaces the generated project imports globally (the csproj's <c>Using</c> items).</summary>
    public static readonly IReadOnlyList<string> GlobalUsings = new[]
    {
        "System.Collections.Generic",
        "OpenCode.Manifests",
        "OpenCode.Manifests.Apps",
        "OpenCode.Manifests.Composition",
        "OpenCode.Manifests.Conventions",
        "OpenCode.Manifests.Kubernetes",
        "OpenCode.Manifests.Resources.Flux",
        "OpenCode.Manifests.Values",
    };

    /// <summary>One imported release's record.</summary>
    /// <param name="Document">The HelmRelease.</param>
    /// <param name="RecordName">The C# record's name.</param>
    /// <param name="AppNamespace">The namespace the release runs in.</param>
    /// <param name="Chart">The chart the app pins when it is not the project's conventions' chart, else null.</param>
    /// <param name="Usings">The namespaces the values code needs.</param>
    /// <param name="Notes">Comments for the file's head (free-form values, dangling mounts).</param>
    /// <param name="Body">The body of <c>Compose</c>: statements, each line indented for the method body, ending in a line break.</param>
    public sealed record Parts(ReleaseDocument Document, string RecordName, string AppNamespace, PinnedChart? Chart,
        IEnumerable<string> Usings, IEnumerable<string> Notes, string Body)
    {
        /// <summary>A container runs an unpinned image on purpose (<c>app.AcceptUnpinnedImage</c>): the file says so to the analyzer too.</summary>
        public bool AcceptsUnpinnedImage { get; init; }
    }

    public static string Write(Parts parts, string codeNamespace)
    {
        var document = parts.Document;
        var source = new StringBuilder();
        source.Append("// Imported by ocm-import from ").Append(System.IO.Path.GetFileName(document.File))
            .Append(" (HelmRelease ").Append(document.Name).Append("); ").Append(document.Chart)
            .Append(document.ChartVersion is null ? "" : ", app-template " + document.ChartVersion).Append(".\n");
        foreach (var note in parts.Notes)
        {
            source.Append("// ").Append(note).Append('\n');
        }

        foreach (var import in parts.Usings.Except(GlobalUsings).Distinct().OrderBy(u => u, StringComparer.Ordinal))
        {
            source.Append("using ").Append(import).Append(";\n");
        }

        if (parts.AcceptsUnpinnedImage)
        {
            source.Append("#pragma warning disable ").Append(Diagnostics.DiagnosticCatalog.UnpinnedImageInCode.Id).Append(" // an image of this release is unpinned on purpose: see AcceptUnpinnedImage below\n");
        }

        source.Append('\n').Append("namespace ").Append(codeNamespace).Append(";\n\n");
        source.Append("[App]\n");
        var baseCall = "AppTemplateApp(" + CSharpLiterals.Quote(document.Name) + ", " + CSharpLiterals.Quote(parts.AppNamespace) + ")";
        if (parts.Chart is null)
        {
            source.Append("public sealed record ").Append(parts.RecordName).Append("() : ").Append(baseCall).Append("\n{\n");
        }
        else
        {
            // A chart of its own (another version than the project's conventions pin): set in the constructor.
            var chart = "new(" + CSharpLiterals.Quote(parts.Chart.Url) + ", " + CSharpLiterals.Quote(parts.Chart.Version) + ")"
                + (parts.Chart.Digest is null ? "" : " { Digest = " + CSharpLiterals.Quote(parts.Chart.Digest) + " }");
            source.Append("public sealed record ").Append(parts.RecordName).Append(" : AppTemplateApp\n{\n");
            source.Append("    public ").Append(parts.RecordName).Append("() : base").Append(baseCall.AsSpan("AppTemplateApp".Length))
                .Append(" => Chart = ").Append(chart).Append(";\n\n");
        }

        source.Append("    protected override void Compose(AppBuilder app)\n    {\n");
        source.Append(parts.Body);
        source.Append("    }\n}\n");
        return source.ToString();
    }
}
