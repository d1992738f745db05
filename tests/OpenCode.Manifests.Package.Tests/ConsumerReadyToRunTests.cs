using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// What a consumer's emitting program loads: a plain <c>dotnet build</c> (no runtime identifier) copies the package's
/// ReadyToRun image to bin/runtimes/&lt;rid&gt;/ and its deps.json names it for that platform only, so the host loads the
/// precompiled library here and the IL assembly from bin/ on any other platform (issue 15, start-up).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ConsumerReadyToRunTests
{
    private const string Library = "OpenCode.Manifests.dll";

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public ConsumerReadyToRunTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_consumer_build_gives_the_emitting_program_the_image_for_this_platform_and_the_IL_assembly_elsewhere()
    {
        var (consumer, build) = SharedConsumer.Get(package, c =>
        {
            var result = c.Build();
            output.WriteLine($"consumer build: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1} s");
            return result;
        });
        Assert.True(build.ExitCode == 0, "the consumer build failed:\n" + build.Output);

        var bin = Path.Combine(consumer.Folder, "bin", "Debug", "net10.0");
        var rid = ReadyToRunImage.PortableRuntimeIdentifier();
        var asset = $"runtimes/{rid}/lib/net8.0/{Library}";
        Assert.Null(ReadyToRunImage.TargetMachine(File.ReadAllBytes(Path.Combine(bin, Library))));
        Assert.Equal(ReadyToRunImage.MachineForThisPlatform(), ReadyToRunImage.TargetMachine(File.ReadAllBytes(Path.Combine(bin, asset))));

        // The host's choice: the runtime asset for this RID, else the library's plain runtime assembly.
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(bin, Path.ChangeExtension(ConsumerProject.ProjectFile, ".deps.json"))))!;
        var target = deps["targets"]!.AsObject().Single().Value!.AsObject();
        var library = target.Single(p => p.Key == "OpenCode.Manifests/" + package.Version).Value!;
        output.WriteLine(library.ToJsonString());
        Assert.Equal(new[] { "lib/net8.0/" + Library }, library["runtime"]!.AsObject().Select(p => p.Key));
        var runtimeTarget = Assert.Single(library["runtimeTargets"]!.AsObject());
        Assert.Equal(asset, runtimeTarget.Key);
        Assert.Equal(rid, (string?)runtimeTarget.Value!["rid"]);
        Assert.Equal("runtime", (string?)runtimeTarget.Value!["assetType"]);
    }
}
