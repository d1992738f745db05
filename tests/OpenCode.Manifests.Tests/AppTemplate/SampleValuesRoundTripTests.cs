using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// Our own app-template values samples (<c>Samples/*.yaml</c>: every persistence type, every controller type,
/// service, route, ingress, env forms, envFrom, probes, int-or-string ports, string-or-list commands, nulls,
/// Flux placeholders) read into the typed model and write back with the same meaning, in strict mode: the model
/// keeps each scalar's type (a quoted <c>"8080"</c> stays a string, <c>8080</c> an integer).
/// </summary>
public sealed class SampleValuesRoundTripTests
{
    private const int MinimumSamples = 10;

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SampleFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_round_trips_strictly(string sample)
    {
        var yaml = File.ReadAllText(Path.Combine(AppTemplateRoundTrip.SamplesFolder, sample));

        AppTemplateRoundTrip.AssertRoundTrips(ValuesYaml.Load(yaml), sample);
    }

    [Fact]
    public void There_are_enough_samples() =>
        Assert.True(SampleFiles().Count >= MinimumSamples, $"expected at least {MinimumSamples} samples in {AppTemplateRoundTrip.SamplesFolder}");

    private static IReadOnlyList<string> SampleFiles() =>
        Directory.Exists(AppTemplateRoundTrip.SamplesFolder)
            ? Directory.EnumerateFiles(AppTemplateRoundTrip.SamplesFolder, "*.yaml")
                .Select(Path.GetFileName)
                .OfType<string>()
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .ToList()
            : [];
}
