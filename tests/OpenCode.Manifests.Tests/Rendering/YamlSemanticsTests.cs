using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Rendering;

public sealed class YamlSemanticsTests
{
    [Theory]
    [InlineData("a: 1\nb: 2", "b: 2\na: 1")]
    [InlineData("a: 0x10", "a: 16")]
    [InlineData("a: 0o20", "a: 16")]
    [InlineData("a: 1", "a: 1.0")]
    [InlineData("a: ~", "a: null")]
    [InlineData("a:", "a: NULL")]
    [InlineData("a: True", "a: true")]
    [InlineData("a: 'x'", "a: \"x\"")]
    [InlineData("a: .NaN", "a: .nan")]
    [InlineData("a: &x [1]\nb: *x", "a: [1]\nb: [1]")]
    [InlineData("a: yes", "a: true")] // YAML 1.1, as Flux reads it
    [InlineData("a: Off", "a: false")]
    [InlineData("a: 0775", "a: 509")]
    [InlineData("a: 1_000", "a: 1000")]
    public void Equal_by_meaning(string a, string b) => Assert.True(Compare(a, b, lenient: false).AreEqual);

    [Theory]
    [InlineData("a: 1", "a: '1'", "$.a: expected the integer 1 but found the string \"1\"")]
    [InlineData("a: [1, 2]", "a: [2, 1]", "$.a[0]: expected the integer 1 but found the integer 2")]
    [InlineData("a: [1]", "a: [1, 2]", "$.a: expected 1 items but found 2")]
    [InlineData("a: 1", "b: 1", "$: key 'a' is missing")]
    [InlineData("a: 1", "a: 1\nb: 2", "$: unexpected key 'b'")]
    [InlineData("a: {b: 1}", "a: [b]", "$.a: expected a mapping but found a sequence")]
    [InlineData("a: \"yes\"", "a: true", "$.a: expected the string \"yes\" but found the boolean true")]
    [InlineData("a: \"0775\"", "a: 509", "$.a: expected the string \"0775\" but found the integer 509")]
    public void Different_with_the_first_difference_named(string a, string b, string difference)
    {
        var comparison = Compare(a, b, lenient: false);

        Assert.False(comparison.AreEqual);
        Assert.Equal(difference, comparison.FirstDifference);
    }

    [Fact]
    public void Lenient_mode_matches_strings_with_numbers_and_booleans_of_the_same_text_and_counts_them()
    {
        const string original = "tag: 1.2\nport: 8080\nflag: true\nname: x\n1: one\n";
        const string rewritten = "tag: \"1.2\"\nport: \"8080\"\nflag: \"true\"\nname: x\n\"1\": one\n";

        Assert.False(Compare(original, rewritten, lenient: false).AreEqual);
        var lenient = Compare(original, rewritten, lenient: true);
        Assert.True(lenient.AreEqual, lenient.FirstDifference);
        Assert.Equal(4, lenient.LenientScalarMatches);
        Assert.Equal(0, Compare(original, original, lenient: true).LenientScalarMatches);
    }

    [Fact]
    public void Lenient_mode_still_tells_different_texts_apart()
    {
        Assert.False(Compare("a: 0x10", "a: '16'", lenient: true).AreEqual);
        Assert.False(Compare("a: ~", "a: ''", lenient: true).AreEqual);
    }

    [Fact]
    public void AreEqual_reports_the_difference()
    {
        Assert.False(YamlSemantics.AreEqual(ValuesYaml.Load("a: 1"), ValuesYaml.Load("a: 2"), false, out var difference));
        Assert.Equal("$.a: expected the integer 1 but found the integer 2", difference);
        Assert.True(YamlSemantics.AreEqual(ValuesYaml.Load("a: 1"), ValuesYaml.Load("a: 1"), false, out difference));
        Assert.Null(difference);
    }

    private static YamlComparison Compare(string a, string b, bool lenient) =>
        YamlSemantics.Compare(ValuesYaml.Load(a), ValuesYaml.Load(b), lenient);
}
