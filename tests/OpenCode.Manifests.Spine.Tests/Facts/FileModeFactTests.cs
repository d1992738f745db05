using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: <c>defaultMode: 0400</c> is octal in YAML 1.1 and decimal 400 in YAML 1.2. We emit decimal (256).
/// </summary>
public sealed class FileModeFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_secret_volume_mode_is_emitted_as_decimal_256(string ws)
    {
        var secret = Assert.Single(Emitted.Values(ws).Persistence!.Values.OfType<PersistenceItem.Secret>());
        Assert.Equal(256, secret.DefaultMode!.Value.Value);

        var text = Emitted.Text(Emitted.AppFolder(ws) + "/helmrelease.yaml");
        Assert.Matches(new Regex(@"^ +defaultMode: 256$", RegexOptions.Multiline), text);
        Assert.DoesNotMatch(new Regex(@"(?i)mode: *""?0[0-7]"), text);

        var doc = Yaml.Documents(text).Single();
        Assert.Equal("256", Yaml.Scalar(doc, "spec", "values", "persistence", "secrets", "defaultMode").Value);
    }

    [Theory]
    [InlineData("0400", 256)]
    [InlineData("0600", 384)]
    [InlineData("0440", 288)]
    [InlineData("0755", 493)]
    public void FileMode_parses_octal_and_prints_it_back(string octal, int value)
    {
        var mode = FileMode.Octal(octal);
        Assert.Equal(value, mode.Value);
        Assert.Equal(octal, mode.ToString());
    }
}
