using System;
using System.Collections.Generic;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class RuntimeTypeTests
{
    [Fact]
    public void Integer_holds_a_number_or_a_placeholder()
    {
        Integer three = 3;
        Integer big = 5_000_000_000L;
        var placeholder = Integer.FromPlaceholder("${REPLICAS:=1}");

        Assert.False(three.IsPlaceholder);
        Assert.Equal(3, three.Value);
        Assert.Equal(5_000_000_000L, big.Value);
        Assert.True(placeholder.IsPlaceholder);
        Assert.Equal("${REPLICAS:=1}", placeholder.Placeholder);
        Assert.Equal("${REPLICAS:=1}", placeholder.ToString());
        Assert.Throws<InvalidOperationException>(() => placeholder.Value);
        Assert.Equal(three, (Integer)3L);
        Assert.NotEqual(three, placeholder);
        Assert.Equal(Integer.FromPlaceholder("${X}"), Integer.FromPlaceholder("${X}"));
        Assert.Equal(0, default(Integer).Value);
    }

    [Theory]
    [InlineData("${NAME}")]
    [InlineData("${NAME:=default}")]
    [InlineData("${NAME:-default}")]
    public void Placeholders_in_all_Flux_forms_are_accepted(string text) =>
        Assert.True(Integer.FromPlaceholder(text).IsPlaceholder);

    [Theory]
    [InlineData("REPLICAS")]
    [InlineData("${}")]
    [InlineData("x${A}")]
    public void Non_placeholders_are_rejected(string text) =>
        Assert.Throws<ArgumentException>(() => Integer.FromPlaceholder(text));

    [Fact]
    public void Number_keeps_its_text()
    {
        Assert.Equal("0.50", Number.Parse("0.50").Text);
        Assert.Equal(0.5m, Number.Parse("0.50").ToDecimal());
        Assert.Equal("1.5", ((Number)1.5).Text);
        Assert.Equal("7", ((Number)7).Text);
        Assert.Equal("2.25", ((Number)2.25m).Text);
        Assert.Equal(".inf", ((Number)double.PositiveInfinity).Text);
        Assert.Equal(16, Number.Parse("0x10").ToDouble());
        Assert.True(Number.FromPlaceholder("${RATIO}").IsPlaceholder);
        Assert.Throws<FormatException>(() => Number.Parse("abc"));
        Assert.NotEqual(Number.Parse("1.0"), Number.Parse("1.00"));
    }

    [Fact]
    public void Scalar_keeps_kind_and_text()
    {
        Scalar text = "1.10";
        Scalar number = 1.5;
        Scalar flag = true;
        Scalar integer = 42;

        Assert.Equal(ScalarKind.String, text.Kind);
        Assert.Equal("1.10", text.Text);
        Assert.Equal(ScalarKind.Number, number.Kind);
        Assert.Equal(1.5, number.AsDouble());
        Assert.True(flag.AsBoolean());
        Assert.Equal("42", integer.Text);
        Assert.True(default(Scalar).IsNull);
        Assert.Equal(Scalar.Null, (Scalar)(string?)null);
        Assert.NotEqual((Scalar)"42", integer);
        Assert.Equal(Scalar.FromNumberText("42"), integer);
    }

    [Fact]
    public void IntegerOrString_remembers_which()
    {
        IntegerOrString number = 8080;
        IntegerOrString name = "http";
        IntegerOrString digits = "8080";

        Assert.True(number.IsInteger);
        Assert.Equal(8080, number.IntegerValue);
        Assert.True(name.IsString);
        Assert.Equal("http", name.StringValue);
        Assert.NotEqual(number, digits);
        Assert.Equal("8080", digits.ToString());
        Assert.Throws<InvalidOperationException>(() => name.IntegerValue);
    }

    [Fact]
    public void StringOrList_remembers_which()
    {
        StringOrList single = "sh";
        StringOrList fromArray = new[] { "sh", "-c" };
        StringOrList fromList = new List<string> { "sh" };

        Assert.False(single!.IsList);
        Assert.Equal("sh", single.SingleValue);
        Assert.True(fromArray!.IsList);
        Assert.Equal(new[] { "sh", "-c" }, fromArray.Values);
        Assert.True(fromList!.IsList);
        Assert.NotEqual(single, fromList);
        Assert.Equal(StringOrList.FromList(new[] { "sh", "-c" }), fromArray);
    }

    [Fact]
    public void FreeForm_parses_and_compares_by_meaning()
    {
        var parsed = FreeForm.Parse("b: 0x10\na: [1, two]\n");
        var built = FreeForm.From(new Dictionary<string, object?> { ["a"] = new object[] { 1, "two" }, ["b"] = 16 });

        Assert.Equal(FreeFormKind.Mapping, parsed.Kind);
        Assert.Equal(parsed, built);
        Assert.Equal(parsed.GetHashCode(), built.GetHashCode());
        Assert.Equal("two", parsed["a"]!.Items[1].Text);
        Assert.NotEqual(FreeForm.Parse("a: 1"), FreeForm.Parse("a: '1'"));
        Assert.True(FreeForm.Parse("~").IsNull);
        Assert.True(FreeForm.Parse("").IsNull);
        Assert.Equal(FreeForm.Null, FreeForm.From(null));
    }

    [Fact]
    public void FreeForm_from_dictionaries_lists_and_primitives()
    {
        var value = FreeForm.From(new Dictionary<string, object?> { ["enabled"] = true, ["ports"] = new[] { 80, 443 }, ["name"] = "web", ["note"] = null });

        Assert.Equal(FreeForm.Parse("enabled: true\nports: [80, 443]\nname: web\nnote: null\n"), value);
        // ToString is YAML for messages (YamlDotNet's own layout); it reads back as the same value.
        Assert.Equal(value, FreeForm.Parse(value.ToString()));
        Assert.Equal(FreeFormKind.Scalar, FreeForm.From("x").Kind);
        Assert.Equal(FreeForm.Parse("'true'"), FreeForm.From("true"));
        Assert.Equal(FreeForm.Parse("1.5"), FreeForm.From(1.5));
    }

    [Fact]
    public void FreeForm_is_immutable_from_outside()
    {
        var value = FreeForm.Parse("a: 1");
        var node = (YamlDotNet.RepresentationModel.YamlMappingNode)value.ToNode();
        node.Add("b", "2");

        Assert.Equal(FreeForm.Parse("a: 1"), value);
    }
}
