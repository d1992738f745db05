namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The trait that splits the suite: <c>[Trait(TestCategory.Name, TestCategory.Integration)]</c> marks test classes
/// that start external programs (git, kubectl, shellcheck, the OpenCode server), run <c>dotnet build</c> or pack the
/// package, or read whole corpora. Everything else is the fast set:
/// <c>dotnet test --filter "Category!=Integration"</c>, which needs only the .NET SDK.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";

    public const string Integration = "Integration";
}
