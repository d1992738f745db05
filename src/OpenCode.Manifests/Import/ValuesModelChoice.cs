using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Chooses the values model (4.x or 5.x) of one release from the chart version it points at, and refuses to read
/// values with the wrong major: the values are read with both models, and a key one of them types while the other
/// keeps it as unknown (or cannot read it) tells them apart (OCM4008). Without a version the keys decide (OCM4009).
/// </summary>
internal static class ValuesModelChoice
{
    /// <summary>The reading to import, or null when the release is refused (the reason is in <paramref name="diagnostics"/>).</summary>
    public static ValuesReading? Choose(ReleaseDocument document, ImportOptions options, List<ImportDiagnostic> diagnostics)
    {
        var version = document.ChartVersion;
        var origin = document.ChartVersionOrigin;
        if (ChartMajor.Of(version) is null && options.ChartVersion is not null)
        {
            (version, origin) = (options.ChartVersion, "--chart-version");
        }

        var declared = ChartMajor.Of(version);
        if (declared is not null and not (ChartMajor.V4 or ChartMajor.V5))
        {
            diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.ImportedChartMajorWithoutModel,
                $"HelmRelease '{document.Name}' pins app-template {version} ({origin}); the importer has values models for 4.x and 5.x only. The release was not imported.",
                document.File, document.Line, 1));
            return null;
        }

        var v4 = ValuesReading.Of(ChartMajor.V4, document.Values);
        var v5 = ValuesReading.Of(ChartMajor.V5, document.Values);
        if (declared is { } major)
        {
            var (mine, other) = major == ChartMajor.V4 ? (v4, v5) : (v5, v4);
            if (DistinguishingKey(mine, other) is { } key)
            {
                var how = mine.Problem is null
                    ? $"a key of app-template {other.Major}.x that {major}.x does not have"
                    : $"written the {other.Major}.x way ({major}.x reads: {mine.Problem.Problem})";
                Report(DiagnosticCatalog.ValuesOfAnotherChartMajor, document, key, diagnostics,
                    $"HelmRelease '{document.Name}' pins app-template {version} ({origin}), but {key} is {how}; reading these values as {major}.x would misread them. Make the chart version and the values agree; the release was not imported.");
                return null;
            }

            return mine;
        }

        // No version: the keys decide; a key only 5.x has makes it 5.x, anything else reads as 4.x.
        var fiveOnly = DistinguishingKey(v4, v5);
        var fourOnly = DistinguishingKey(v5, v4);
        var chosen = fiveOnly is not null && fourOnly is null ? v5 : v4;
        var because = chosen == v5
            ? $" because {fiveOnly} is a key only 5.x has"
            : fiveOnly is null ? " (no key tells 4.x and 5.x apart)" : "";
        diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.ChartVersionNotFound,
            $"HelmRelease '{document.Name}': no chart version found for {document.Chart} (the OCIRepository is not among the imported files, or the version is a substitution); values read as app-template {chosen.Major}.x{because}. Import the folder that holds the OCIRepository, or pass --chart-version.",
            document.File, document.Line, 1));
        if (chosen == v4 && fiveOnly is not null)
        {
            Report(DiagnosticCatalog.ValuesOfAnotherChartMajor, document, fiveOnly, diagnostics,
                $"HelmRelease '{document.Name}' mixes keys of app-template 4.x ({fourOnly}) and 5.x ({fiveOnly}); no version fits them all. The release was not imported.");
            return null;
        }

        return chosen;
    }

    /// <summary>
    /// The path of a key <paramref name="other"/> reads as typed that <paramref name="mine"/> keeps as unknown or
    /// cannot read; null when nothing tells them apart.
    /// </summary>
    private static string? DistinguishingKey(ValuesReading mine, ValuesReading other)
    {
        if (other.Model is null)
        {
            return null;
        }

        if (mine.Problem is not null)
        {
            return mine.ProblemPath;
        }

        var otherUnknown = other.UnknownPaths;
        return mine.UnknownPaths.FirstOrDefault(path => !otherUnknown.Any(unknown => UnknownKeys.IsWithin(path, unknown)));
    }

    private static void Report(DiagnosticEntry entry, ReleaseDocument document, string key, List<ImportDiagnostic> diagnostics, string message)
    {
        var context = new ImportContext(document.File, document.Values);
        context.Report(entry, message, ValuePath.Parse(key));
        diagnostics.AddRange(context.Diagnostics);
    }
}
