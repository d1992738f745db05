using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using CsCheck;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// Random workspace definitions, valid and invalid, through the build's pipeline in-process. Every one either
/// renders output that passes the output checks (<see cref="OutputChecks"/>: the values round-trip through the
/// typed model, and every invariant the rules protect holds in what was rendered) or reports at least one error
/// and renders nothing; an input this test knows to be wrong always gets an error; nothing throws.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class WorkspacePropertyTests
{
    private const int Cases = 10_000;

    private readonly ITestOutputHelper output;

    public WorkspacePropertyTests(ITestOutputHelper output) => this.output = output;

    private static readonly Gen<char> NameChar = Gen.OneOf("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray().Concat("ab-_.AZ /:".ToCharArray()).ToArray());

    private static readonly Gen<string> RandomText = NameChar.Array[0, 12].Select(c => new string(c));

    private static readonly Gen<string> Label = Gen.Frequency(
        (40, Gen.OneOf("opencode-ha", "ha", "x1", "flux-2", "a", new string('a', 63))),
        (2, Gen.OneOf("", "-ha", "ha-", "Ha", "h_a", "h.a", new string('a', 64))),
        (2, RandomText));

    private static readonly Gen<string> Host = Gen.Frequency(
        (40, Gen.OneOf("ha.opencode", "ha", "a.b.c", "x-1.y")),
        (2, Gen.OneOf("", "HA.opencode", "ha..opencode", "ha.", "ha.example.com.", "h_a")),
        (2, RandomText));

    private static readonly Gen<string> Capacity = Gen.Frequency(
        (40, Gen.OneOf("10Gi", "1Gi", "500Mi", "1.5Gi", "1e3", "100M", "1Ti")),
        (2, Gen.OneOf("0", "0Gi", "10GB", "-1Gi", "", "1 Gi", "Gi", "1.2.3Gi")),
        (2, Gen.Select(Gen.Int[-3, 2000], Gen.OneOf("", "Ki", "Mi", "Gi", "GB", "m", "x", "e2"), (n, s) => n.ToString(CultureInfo.InvariantCulture) + s)));

    private static readonly string[] CronTokens = { "*", "*/6", "0", "1-5", "60", "a", "7", "MON", "5-1", "*/0" };

    private static readonly Gen<string> Schedule = Gen.Frequency(
        (40, Gen.OneOf("0 */6 * * *", "@daily", "30 2 * * MON", "0 0 1 * *")),
        (2, Gen.OneOf("", "@sometimes", "0 */6 * *", "0 */6 * * * *", "every day")),
        (3, Gen.OneOf(CronTokens).Array[5].Select(t => string.Join(" ", t))));

    private static readonly Gen<string> Tag = Gen.Frequency(
        (40, Gen.OneOf("1.18.33", "v1.2.3", "0.9.0-rc1", "1")),
        (3, Gen.OneOf("latest", "", "1 beta", ".1", "-1", "1:2", new string('1', 129))));

    private static readonly Gen<int> Port = Gen.Frequency((40, Gen.OneOf(4096, 8080, 1, 65535)), (2, Gen.OneOf(0, -1, 65536, 70000)));

    private static readonly Gen<string> Folder = Gen.Frequency(
        (40, Gen.OneOf("repo", "k8s-cluster", "home-assistant-config", "my.repo")),
        (2, Gen.OneOf("", ".", "..", "../x", "/abs")));

    private static readonly Gen<string?> SizeLimit = Gen.Frequency(
        (40, Gen.OneOf(new string?[] { null })), (3, Gen.OneOf<string?>("1Gi", "100Mi")), (1, Gen.OneOf<string?>("1 GB", "big", "")));

    private static readonly Gen<VolumeSpec> Volume = Gen.Select(
        Gen.Frequency((40, Gen.OneOf("cache", "scratch", "models", "x1")), (2, Gen.OneOf("tmp", "data", "Cache", "c_d", ""))),
        Gen.Bool,
        SizeLimit,
        Gen.Frequency(
            (40, Gen.OneOf("/cache", "/scratch", "/home/opencode/.cache", "/home/opencode/.config", "/srv/models", "/opt")),
            (4, Gen.OneOf("/tmp", "/workspace", "/workspace/repo", "/home/opencode", "cache", "/a/../b", "/x/", "/"))),
        Gen.Frequency((40, Gen.OneOf(new string?[] { null })), (3, Gen.OneOf<string?>("sub", "a/b")), (1, Gen.OneOf<string?>("/abs", "../up", "", "a//b"))),
        Gen.Frequency((40, Gen.OneOf(false)), (2, Gen.OneOf(true))),
        Gen.Frequency((40, Gen.OneOf(true)), (1, Gen.OneOf(false))),
        (id, scratch, size, path, sub, ro, mounted) => new VolumeSpec(id, scratch, size, path, sub, ro, mounted));

    private static readonly Gen<SecretSpec> Secret = Gen.Select(
        Gen.Frequency((40, Gen.OneOf("API_KEY", "OPENAI_KEY", "db-password", "x.y")), (2, Gen.OneOf("PASSWORD", "bad key", "", "k/1"))),
        Gen.Frequency((40, Gen.OneOf("API_KEY", "OPENAI_API_KEY", "DB_PASSWORD")), (2, Gen.OneOf("bad-name", "1X", ""))),
        Gen.Frequency((40, Gen.OneOf(true)), (1, Gen.OneOf(false))),
        (key, variable, declared) => new SecretSpec(key, variable, declared));

    private static readonly Gen<(string, string)> Env = Gen.Select(
        Gen.Frequency((40, Gen.OneOf("LOG_LEVEL", "BASE_URL", "XDG_CACHE_HOME", "TZ")), (1, Gen.OneOf("LOG-LEVEL", "1X", "a.b", ""))),
        Gen.Frequency(
            (40, Gen.OneOf("debug", "/home/opencode/.cache/x", "https://ha.${SECRET_DOMAIN}", "$${ESCAPED}", "")),
            (2, Gen.OneOf("/cache", "relative", "${UNKNOWN_VARIABLE}"))),
        (n, v) => (n, v));

    private static readonly Gen<WorkspaceSpec> Spec = Gen.Select(
        Gen.Select(Label, Folder, Host, Gen.Frequency((40, Gen.OneOf("opencode")), (1, Label)), (n, f, h, ns) => (n, f, h, ns)),
        Gen.Select(Capacity, Schedule, Tag, Port, (c, s, t, p) => (c, s, t, p)),
        Volume.Array[0, 2],
        Secret.Array[0, 1],
        Env.Array[0, 2],
        (a, b, volumes, secrets, env) => new WorkspaceSpec(a.n, a.f, a.h, a.ns, b.c, b.s, b.t, b.p, volumes, secrets, env));

    [Fact]
    public void Every_random_workspace_renders_checked_output_or_reports_an_error_and_nothing_throws()
    {
        var watch = Stopwatch.StartNew();
        int valid = 0, invalid = 0, validSeen = 0, checkedOn5 = 0;
        Spec.Sample(
            spec =>
            {
                var emission = InProcessPipeline.Run((new RandomWorkspace(spec), new SourceLocation("/ws/Random.cs", 7, 1)));
                var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                var knownWrong = Oracle.KnownMistakes(spec).ToList();
                if (errors.Count == 0)
                {
                    if (knownWrong.Count > 0)
                    {
                        throw new Exception("no error for a known mistake: " + string.Join("; ", knownWrong));
                    }

                    OutputChecks.Verify(emission);

                    // Issue #12: every tenth valid workspace is built again on app-template 5.1.0 (a sample keeps the
                    // property's time in bounds): it builds as cleanly, and its values pass the upstream 5.1.0 schema.
                    if (Interlocked.Increment(ref validSeen) % 10 == 0)
                    {
                        var on5 = InProcessPipeline.RunOnChart("5.1.0", (new RandomWorkspace(spec), new SourceLocation("/ws/Random.cs", 7, 1)));
                        if (on5.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                        {
                            throw new Exception("valid on 4.x, not on 5.x:\n" + string.Join("\n", on5.Diagnostics));
                        }

                        OutputChecks.ValidateAgainstUpstreamSchemas(on5);
                        Interlocked.Increment(ref checkedOn5);
                    }

                    Interlocked.Increment(ref valid);
                }
                else
                {
                    if (emission.Files.Count != 0)
                    {
                        throw new Exception("files were rendered despite errors:\n" + string.Join("\n", errors));
                    }

                    if (errors.Any(e => !Regex.IsMatch(e.Id, "^OCM[0-9]{4}$") || string.IsNullOrWhiteSpace(e.Message) || !e.Location.IsKnown))
                    {
                        throw new Exception("a diagnostic without id, message or location:\n" + string.Join("\n", errors));
                    }

                    Interlocked.Increment(ref invalid);
                }
            },
            iter: Cases);

        output.WriteLine($"{Cases} cases: {valid} rendered and checked ({checkedOn5} also on app-template 5.1.0), {invalid} rejected with diagnostics, {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Cases, valid + invalid);
        // Both halves are exercised, or the property says little.
        Assert.True(valid >= Cases / 20, $"only {valid} valid cases");
        Assert.True(invalid >= Cases / 20, $"only {invalid} invalid cases");
        Assert.True(checkedOn5 >= valid / 20, $"only {checkedOn5} of {valid} valid cases checked on 5.x");
    }
}
