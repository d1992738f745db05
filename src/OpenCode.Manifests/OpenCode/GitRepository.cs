using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests;

/// <summary>A git repository reached over HTTPS with a token.</summary>
/// <param name="Url">The clone URL, without credentials (<c>https://github.com/ORG/repo.git</c>).</param>
/// <param name="FolderName">The folder the work tree is cloned into.</param>
/// <param name="Branch">The branch to clone and fast-forward.</param>
public sealed record GitRepository(string Url, [RelativePath][property: RelativePath] string FolderName, string Branch = "main");

/// <summary>GitHub repositories.</summary>
public static class GitHub
{
    /// <summary>The HTTPS address of <c>github.com/owner/name</c>.</summary>
    public static GitRepository Repository(string owner, [RelativePath] string name, string branch = "main") =>
        new($"https://github.com/{owner}/{name}.git", name, branch);
}
